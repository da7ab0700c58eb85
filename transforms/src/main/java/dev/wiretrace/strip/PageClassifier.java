package dev.wiretrace.strip;

import java.io.Serializable;
import java.util.List;

/** Judges each line of a page: the reason it is boilerplate, or null for a line to keep. */
public interface PageClassifier extends Serializable {
  PageVerdicts classifyPage(List<String> lines);
}
