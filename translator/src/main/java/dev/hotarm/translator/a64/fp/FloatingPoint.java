package dev.hotarm.translator.a64.fp;

import dev.hotarm.translator.a64.Insn;

/** Scalar floating point: arithmetic, compare, select, conversions, moves, fused multiply-add. */
public sealed interface FloatingPoint extends Insn {
    /** FMOV between general-purpose and FP registers (placeholder shape; extend freely). */
    record FmovGeneral(boolean sf, int ftype, boolean toFp, int rn, int rd) implements FloatingPoint {
    }
}
