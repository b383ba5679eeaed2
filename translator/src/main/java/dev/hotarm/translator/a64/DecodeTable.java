package dev.hotarm.translator.a64;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A table of encodings written as the manual draws them: 32 characters, most significant bit
 * first, {@code 0} and {@code 1} fixed, any other character a field bit (use the field's
 * initial, e.g. {@code "sf00100010shiiiiiiiiiiiinnnnnddddd"}). Spaces are ignored.
 *
 * <p>Rows are tried in the order added, so put the more specific ones (aliases, special cases)
 * first. A row without a decoder names an instruction we know but do not implement.
 */
public final class DecodeTable {
    /** One row: the fixed bits, their values, the instruction's name and how to decode it. */
    public record Row(int mask, int value, String name, IntFunction<Insn> decoder) {
        public boolean matches(int word) {
            return (word & mask) == value;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    /** Adds a row; {@code decoder} may return null to let later rows try the word. */
    public DecodeTable add(String pattern, String name, IntFunction<Insn> decoder) {
        String p = pattern.replace(" ", "");
        if (p.length() != 32) {
            throw new IllegalArgumentException("pattern of " + p.length() + " bits: " + pattern);
        }
        int mask = 0;
        int value = 0;
        for (int i = 0; i < 32; i++) {
            char c = p.charAt(i);
            int bit = 1 << (31 - i);
            if (c == '0' || c == '1') {
                mask |= bit;
                if (c == '1') {
                    value |= bit;
                }
            }
        }
        rows.add(new Row(mask, value, name, decoder));
        return this;
    }

    /** Names an encoding that we recognise but do not implement. */
    public DecodeTable unimplemented(String pattern, String name) {
        return add(pattern, name, null);
    }

    /** Decodes {@code word}, or returns null when no row claims it. */
    public Insn decode(int word) {
        for (Row row : rows) {
            if (row.matches(word)) {
                if (row.decoder == null) {
                    return Undefined.unimplemented(word, row.name);
                }
                Insn insn = row.decoder.apply(word);
                if (insn != null) {
                    return insn;
                }
            }
        }
        return null;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }
}
