package dev.wiretrace.strip;

import java.io.Serializable;
import java.util.List;

/** Gives each line of a page the reason it is boilerplate, or null for a line to keep. */
interface PageClassifier extends Serializable {
  String[] classify(List<String> lines);
}
