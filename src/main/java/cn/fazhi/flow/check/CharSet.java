package cn.fazhi.flow.check;

/**
 * A set of characters kept as a bit set (8 KB for the whole Basic Multilingual Plane): the rules that scan a text test
 * each character against one, at the cost of a load and a shift.
 */
final class CharSet {

    private final long[] bits = new long[(Character.MAX_VALUE + 1) >>> 6];

    /** The set of the given characters. */
    static CharSet of(CharSequence chars) {
        CharSet set = new CharSet();
        for (int i = 0; i < chars.length(); i++) {
            set.add(chars.charAt(i));
        }
        return set;
    }

    CharSet add(char c) {
        bits[c >>> 6] |= 1L << c;
        return this;
    }

    boolean contains(char c) {
        return (bits[c >>> 6] & 1L << c) != 0;
    }
}
