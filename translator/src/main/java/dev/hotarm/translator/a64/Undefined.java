package dev.hotarm.translator.a64;

/**
 * An encoding that cannot be executed: unallocated ({@code name} null), or allocated but not
 * implemented by hotarm ({@code name} is the instruction's name). Decoding never fails; the
 * guest takes SIGILL only if it executes the word, so data in a code page does no harm.
 */
public record Undefined(int word, String name) implements Insn {
    public static Undefined unallocated(int word) {
        return new Undefined(word, null);
    }

    public static Undefined unimplemented(int word, String name) {
        return new Undefined(word, name);
    }
}
