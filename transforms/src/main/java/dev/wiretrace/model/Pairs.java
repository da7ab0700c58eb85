package dev.wiretrace.model;

/** How a reject names a pair of documents: both inputs, so either file can be found. */
public final class Pairs {
  private Pairs() {}

  public static String name(DocumentClues a, DocumentClues b) {
    return "pair:" + a.getMeta().inputName() + " + " + b.getMeta().inputName();
  }
}
