package dev.hotarm.translator.a64;

/**
 * A decoded A64 instruction: one immutable record per encoding shape, with every immediate
 * already decoded (scaled, sign-extended, expanded). Records hold no PC, so one decoding serves
 * every address the same word appears at; PC-relative forms keep their offset.
 *
 * <p>Each encoding group of the manual has a sealed sub-interface in its own package
 * ({@code dataproc}, {@code loadstore}, {@code branch}, {@code fp}, {@code simd}).
 */
public interface Insn {
}
