package io.github.camelanaplan.client.transactional;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An add-only set of strings that keeps each member as UTF-8 bytes in one shared array, found through an open
 * addressing table of offsets.
 *
 * <p>Upsert and reconciliation hold the ids, codes and names of every item of a list. As {@code HashSet<String>}
 * that costs some 90 bytes per short key (the string, its array and the map node), so the keys of a list of a
 * million items needed more heap than a 128 MB application has; here a key costs its bytes plus 4, and 12 to 23
 * bytes of table, and membership is still exact. The table is at most 70% full, so probe runs stay short.
 */
final class CompactStringSet {

    private static final int LENGTH_BYTES = 4;
    private static final int MAX_ARENA = Integer.MAX_VALUE - 16;

    /** Each member as a 4-byte big-endian length followed by its UTF-8 bytes. */
    private byte[] arena = new byte[256];
    private int arenaUsed;
    /** Slot to (offset of the member in {@link #arena}) + 1; 0 marks an empty slot. */
    private int[] slots = new int[16];
    /** The hash of the member in each slot, so most mismatches need no byte comparison. */
    private int[] slotHashes = new int[16];
    private int size;

    /**
     * @param value the string to add
     * @return whether it was not a member before
     */
    boolean add(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int hash = hash(bytes);
        int slot = find(bytes, hash);
        if (slots[slot] != 0) {
            return false;
        }
        slots[slot] = append(bytes) + 1;
        slotHashes[slot] = hash;
        size++;
        if (size * 10L > slots.length * 7L) {
            growTable();
        }
        return true;
    }

    /** @return whether {@code value} is a member; {@code null} never is */
    boolean contains(String value) {
        if (value == null) {
            return false;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return slots[find(bytes, hash(bytes))] != 0;
    }

    int size() {
        return size;
    }

    /** @return the slot holding {@code bytes}, or the empty slot where they would go */
    private int find(byte[] bytes, int hash) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0 && (slotHashes[slot] != hash || !equalsAt(slots[slot] - 1, bytes))) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean equalsAt(int offset, byte[] bytes) {
        int length = lengthAt(offset);
        int start = offset + LENGTH_BYTES;
        return length == bytes.length && Arrays.equals(arena, start, start + length, bytes, 0, length);
    }

    private int append(byte[] bytes) {
        long needed = (long) arenaUsed + LENGTH_BYTES + bytes.length;
        if (needed > MAX_ARENA) {
            throw new IllegalStateException("too many list keys to hold: more than " + MAX_ARENA + " bytes of names and codes");
        }
        if (needed > arena.length) {
            arena = Arrays.copyOf(arena, (int) Math.min(MAX_ARENA, Math.max(needed, 2L * arena.length)));
        }
        int offset = arenaUsed;
        int length = bytes.length;
        arena[offset] = (byte) (length >>> 24);
        arena[offset + 1] = (byte) (length >>> 16);
        arena[offset + 2] = (byte) (length >>> 8);
        arena[offset + 3] = (byte) length;
        System.arraycopy(bytes, 0, arena, offset + LENGTH_BYTES, length);
        arenaUsed = (int) needed;
        return offset;
    }

    private int lengthAt(int offset) {
        return (arena[offset] & 0xff) << 24 | (arena[offset + 1] & 0xff) << 16 | (arena[offset + 2] & 0xff) << 8
                | (arena[offset + 3] & 0xff);
    }

    private void growTable() {
        int[] oldSlots = slots;
        int[] oldHashes = slotHashes;
        slots = new int[oldSlots.length * 2];
        slotHashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                int slot = oldHashes[i] & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = oldSlots[i];
                slotHashes[slot] = oldHashes[i];
            }
        }
    }

    /** Arrays.hashCode spread so that keys differing only in their last bytes do not cluster in linear probing. */
    private static int hash(byte[] bytes) {
        int h = Arrays.hashCode(bytes) * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
