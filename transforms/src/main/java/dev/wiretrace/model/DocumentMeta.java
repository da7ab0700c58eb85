package dev.wiretrace.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Who published a document and when: what the manifest, the URL or the text itself says. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class DocumentMeta {
  /** The file name without {@code .txt}. */
  public abstract String getId();

  public abstract @Nullable String getOutlet();

  /** An {@link OutletSource}'s label, as stored; read it as {@link #outletSource()}. */
  public abstract String getOutletSource();

  public OutletSource outletSource() {
    return OutletSource.of(getOutletSource());
  }

  public abstract @Nullable String getUrl();

  /** ISO-8601 instant in UTC, or null when unknown. */
  public abstract @Nullable String getPublished();

  /** A {@link PublishedSource}'s label, or null; read it as {@link #publishedSource()}. */
  public abstract @Nullable String getPublishedSource();

  public @Nullable PublishedSource publishedSource() {
    return PublishedSource.of(getPublishedSource());
  }

  /**
   * The night whose crawl brought the document in (an ISO date, e.g. 2026-11-22), or null for a run
   * without a night. A document already indexed on an earlier night existed before tonight's.
   */
  public abstract @Nullable String getNight();

  /** The file the document was read from. */
  public abstract @Nullable String getPath();

  /** The input a reject names: the file's path, or the id where the path is not known. */
  public String inputName() {
    return getPath() != null ? getPath() : getId();
  }

  public static Builder builder() {
    return new AutoValue_DocumentMeta.Builder().setOutletSource(OutletSource.UNKNOWN);
  }

  public abstract Builder toBuilder();

  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setId(String id);

    public abstract Builder setOutlet(@Nullable String outlet);

    public abstract Builder setOutletSource(String outletSource);

    public Builder setOutletSource(OutletSource source) {
      return setOutletSource(source.label());
    }

    public abstract Builder setUrl(@Nullable String url);

    public abstract Builder setPublished(@Nullable String published);

    public abstract Builder setPublishedSource(@Nullable String publishedSource);

    public Builder setPublishedSource(PublishedSource source) {
      return setPublishedSource(source.label());
    }

    public abstract Builder setNight(@Nullable String night);

    public abstract Builder setPath(@Nullable String path);

    public abstract DocumentMeta build();
  }
}
