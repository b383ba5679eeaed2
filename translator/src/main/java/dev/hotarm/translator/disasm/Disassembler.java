package dev.hotarm.translator.disasm;

import dev.hotarm.translator.a64.Decoder;
import dev.hotarm.translator.a64.Insn;
import dev.hotarm.translator.a64.Undefined;
import dev.hotarm.translator.a64.branch.BranchSystem;
import dev.hotarm.translator.a64.dataproc.DataProcessing;
import dev.hotarm.translator.a64.fp.FloatingPoint;
import dev.hotarm.translator.a64.loadstore.LoadStore;
import dev.hotarm.translator.a64.simd.Simd;

/**
 * Prints decoded instructions in the syntax GNU objdump uses ({@code mnemonic<TAB>operands},
 * preferred aliases, immediates as objdump writes them), so the two can be compared line by
 * line. Branch targets are printed as bare hex addresses; the caller may append a symbol.
 */
public final class Disassembler {
    private Disassembler() {
    }

    public static String disassemble(int word, long pc) {
        return format(Decoder.decode(word), word, pc);
    }

    public static String format(Insn insn, int word, long pc) {
        return switch (insn) {
            case DataProcessing d -> DataProcessingFormatter.format(d, pc);
            case LoadStore l -> LoadStoreFormatter.format(l, pc);
            case BranchSystem b -> BranchSystemFormatter.format(b, pc);
            case FloatingPoint f -> FloatingPointFormatter.format(f, pc);
            case Simd s -> SimdFormatter.format(s, pc);
            // UDF #imm16 is the one permanently undefined encoding objdump names.
            case Undefined u when (word >>> 16) == 0 -> "udf\t#" + word;
            case Undefined u -> String.format(".inst\t0x%08x ; %s", word,
                    u.name() != null ? "unimplemented: " + u.name() : "undefined");
            default -> throw new AssertionError("no formatter for " + insn);
        };
    }
}
