package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A node of the citation graph: a document, a virtual wire source, or an outlet. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class GraphNode {
  public static final String DOCUMENT = "document";
  public static final String WIRE = "wire";
  public static final String OUTLET = "outlet";

  public abstract String getId();

  /** document, wire or outlet. */
  public abstract String getType();

  public abstract @Nullable String getOutlet();

  /** Where the outlet name came from: manifest, url, credit or unknown. */
  public abstract @Nullable String getOutletSource();

  public abstract @Nullable String getTitle();

  public abstract @Nullable String getPublished();

  public abstract @Nullable String getUrl();

  /** The night the document was read, for a nightly run. */
  public abstract @Nullable String getNight();

  public static GraphNode document(DocumentProfile profile) {
    DocumentMeta meta = profile.getClues().getMeta();
    return new AutoValue_GraphNode(
        meta.getId(),
        DOCUMENT,
        meta.getOutlet(),
        meta.getOutletSource(),
        profile.getTitle(),
        meta.getPublished(),
        meta.getUrl(),
        meta.getNight());
  }

  public static GraphNode wire(String agency) {
    return new AutoValue_GraphNode(
        CopyEdge.wireNode(agency), WIRE, agency, "agency", null, null, null, null);
  }

  public static GraphNode outlet(String name) {
    return new AutoValue_GraphNode(name, OUTLET, name, null, null, null, null, null);
  }
}
