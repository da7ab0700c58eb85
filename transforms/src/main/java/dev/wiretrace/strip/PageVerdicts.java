package dev.wiretrace.strip;

/**
 * A page's verdicts: for each line the reason it is boilerplate, or null to keep it; and whether
 * the page's prose was kept whole because the rules would have stripped nearly all of it.
 */
public record PageVerdicts(String[] reasons, boolean proseKeptWhole) {}
