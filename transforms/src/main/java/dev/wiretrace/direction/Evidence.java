package dev.wiretrace.direction;

/**
 * One piece of direction evidence about a pair (a, b): a positive weight says a is the source, a
 * negative one that b is. The reason is written so that it reads right either way.
 */
record Evidence(double weight, String reason) {}
