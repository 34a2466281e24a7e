package fr.relance.imports;

import java.util.Arrays;

/**
 * The document numbers met so far in one file, to spot duplicates without keeping a million strings: each
 * number is kept as a 64-bit hash in an open-addressing table (8 to 16 bytes a number instead of about 100).
 * Two different numbers share a hash with a probability of about n²/2⁶⁵ (3e-8 for a million numbers); the cost
 * of that would be one line wrongly reported as a duplicate, which the user sees in the rejected lines.
 */
final class SeenNumbers {

    private static final long EMPTY = 0L;

    private long[] slots = new long[1024];
    private int size;

    /** @return true when the number was not seen before (and is now) */
    boolean add(String number) {
        long hash = hash(number);
        if ((size + 1) * 10L > slots.length * 7L) {
            grow();
        }
        if (insert(slots, hash)) {
            size++;
            return true;
        }
        return false;
    }

    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[i] != EMPTY) {
            if (table[i] == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = hash;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        Arrays.stream(slots).filter(h -> h != EMPTY).forEach(h -> insert(bigger, h));
        slots = bigger;
    }

    /** FNV-1a over the chars, then MurmurHash3's finaliser to spread the bits; never {@link #EMPTY}. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1L : h;
    }
}
