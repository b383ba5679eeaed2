package dev.hotarm.translator.disasm;

/** Operand spelling shared by every group's formatter, as GNU objdump writes it. */
public final class Operands {
    private Operands() {
    }

    private static final String[] CONDITIONS = {
        "eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"
    };

    /** Xn or Wn, with 31 as the zero register. */
    public static String reg(boolean sf, int n) {
        return n == 31 ? (sf ? "xzr" : "wzr") : (sf ? "x" : "w") + n;
    }

    /** Xn or Wn, with 31 as the stack pointer. */
    public static String regOrSp(boolean sf, int n) {
        return n == 31 ? (sf ? "sp" : "wsp") : (sf ? "x" : "w") + n;
    }

    public static String x(int n) {
        return reg(true, n);
    }

    public static String xOrSp(int n) {
        return regOrSp(true, n);
    }

    /** {@code #0x..} as objdump prints most immediates (hex, no leading zeros). */
    public static String hexImm(long value) {
        return "#0x" + Long.toHexString(value);
    }

    /** {@code #n} in decimal, as objdump prints shift amounts, bit numbers and address offsets. */
    public static String decImm(long value) {
        return "#" + value;
    }

    /** A branch target: the absolute address in hex without prefix, as objdump prints it. */
    public static String target(long address) {
        return Long.toHexString(address);
    }

    public static String cond(int cond) {
        return CONDITIONS[cond & 0xF];
    }

    /** objdump's second names for conditions (the SVE spellings), which it shows as comments. */
    private static final String[] SVE_NAMES = {
        "none", "any", "hs, nlast", "lo, ul, last", "first", "nfrst", null, null,
        "pmore", "plast", "tcont", "tstop", null, null, null, null
    };

    /** The other names of {@code cond}, or null where objdump shows none. */
    public static String sveNames(int cond) {
        return SVE_NAMES[cond & 0xF];
    }

    /** A condition operand and, where objdump adds one, its comment with the other names. */
    public static String condition(int cond) {
        String comment = sveNames(cond);
        return comment == null ? cond(cond) : cond(cond) + "\t// " + cond(cond) + " = " + comment;
    }
}
