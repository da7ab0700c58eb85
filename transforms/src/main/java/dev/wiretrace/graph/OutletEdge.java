package dev.wiretrace.graph;

import java.util.List;

/**
 * An outlet-level edge: document edges rolled up by the outlets at both ends.
 *
 * @param primary true if any of its document edges is a primary parent edge
 * @param documents how many distinct target documents the source outlet gave text to
 * @param sharedWords the shared words of all its document edges
 * @param documentEdges its document edges, as {@code source->target}
 */
public record OutletEdge(
    String source,
    String target,
    boolean primary,
    int documents,
    int sharedWords,
    List<String> documentEdges) {}
