package dev.wiretrace.pipeline;

import dev.wiretrace.match.CopyThreshold;
import dev.wiretrace.match.JoinDocuments;
import dev.wiretrace.read.ReadCorpus;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Command-line options of the wiretrace job. */
public interface WiretraceOptions extends PipelineOptions {
  @Description("Folder of .txt article files, or a glob of files, to read.")
  @Default.String("sample-input")
  String getInput();

  void setInput(String value);

  @Description(
      "Folder to write edges.csv, graph.json, graph.dot, stripped.jsonl, rejects.jsonl and"
          + " summary.json into. They appear only when the run succeeds; summary.json comes last.")
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description(
      "Manifest CSV with the header id,outlet,url,published. Default: manifest.csv in the input"
          + " folder, if there is one.")
  String getManifest();

  void setManifest(String value);

  @Description(
      "A hash found in more documents than this is a template or stock phrase and is not used to"
          + " pair documents.")
  @Default.Integer(JoinDocuments.DEFAULT_MAX_DOCUMENT_FREQUENCY)
  int getMaxDocumentFrequency();

  void setMaxDocumentFrequency(int value);

  @Description("Shared words, on both sides, for two documents to count as copying.")
  @Default.Integer(CopyThreshold.DEFAULT_MIN_SHARED_WORDS)
  int getMinSharedWords();

  void setMinSharedWords(int value);

  @Description("Extra boilerplate rules (TSV: kind, reason, regex), added to the bundled ones.")
  String getBoilerplateRules();

  void setBoilerplateRules(String value);

  @Description("Extra wire agencies (TSV: name, aliases, domains), added to the bundled catalog.")
  String getAgencies();

  void setAgencies(String value);

  @Description(
      "Extra credit patterns (TSV: name, scope, regex with {agency}), added to the bundled ones.")
  String getCreditPatterns();

  void setCreditPatterns(String value);

  @Description(
      "Index folder of earlier nights (Avro files and index.json). Tonight's documents are matched"
          + " against every document indexed on an earlier night, and added to it when the run"
          + " succeeds. Without it, the corpus is matched only against itself.")
  String getIndex();

  void setIndex(String value);

  @Description(
      "The night this corpus was crawled, as an ISO date (2026-11-22) or date-time. Default: the"
          + " input folder's name when it is one. Nights order the index; rerunning a night replaces"
          + " its documents in the index.")
  String getNight();

  void setNight(String value);

  @Description(
      "With --index: match tonight's articles only against the documents of the nights of the last"
          + " N days before tonight (by the nights' dates), so that a night's cost stops growing with"
          + " the archive. Copies of older documents are then not found. 0 (the default) reads the"
          + " whole archive.")
  @Default.Integer(0)
  int getLookbackDays();

  void setLookbackDays(int value);

  @Description("Files larger than this many bytes are rejected as too large for one article.")
  @Default.Long(ReadCorpus.DEFAULT_MAX_DOCUMENT_BYTES)
  long getMaxDocumentBytes();

  void setMaxDocumentBytes(long value);

  @Description(
      "How many groups each shuffle makes. 0 (the default) sets it from the runner's parallelism"
          + " (4 per worker) and the corpus (at least 250 documents per group). On a cluster, 2 to 4"
          + " times its parallelism. It changes how the work is split, never the output.")
  @Default.Integer(0)
  int getBuckets();

  void setBuckets(int value);

  @Description(
      "Write report/index.html (the graph and its evidence, to open in a browser) and graph.svg"
          + " beside the other outputs.")
  @Default.Boolean(true)
  boolean getReport();

  void setReport(boolean value);

  @Description(
      "Print no progress lines while the run works (the summary is printed as ever). Progress"
          + " comes every 10 s on runners that report metrics while running: the DirectRunner and"
          + " Spark.")
  @Default.Boolean(false)
  boolean getQuiet();

  void setQuiet(boolean value);

  @Description(
      "Level of the runners' own log lines on stderr: ERROR (the default), WARN, INFO, DEBUG or"
          + " OFF. Read before the runner starts; wiretrace's own lines are always printed.")
  @Default.String("ERROR")
  String getRunnerLogLevel();

  void setRunnerLogLevel(String value);
}
