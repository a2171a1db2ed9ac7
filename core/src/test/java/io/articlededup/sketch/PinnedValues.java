package io.articlededup.sketch;

/** Values computed once and pinned, so any change to hashing is caught (stable across JVMs and versions). */
final class PinnedValues {
    static final int DEFAULT_FORMAT_VERSION = 1758495897;
    static final int[] FIRST_SIGNATURE_VALUES = {1140230472, -2138290427, -1442592697, -1307276164};
    static final long FIRST_BAND_HASH = -1341241504161690265L;

    private PinnedValues() {
    }
}
