package dev.hotarm.translator.disasm;

import static dev.hotarm.translator.disasm.Operands.reg;
import static dev.hotarm.translator.disasm.Operands.xOrSp;

import dev.hotarm.translator.a64.loadstore.LoadStore;
import dev.hotarm.translator.a64.loadstore.LoadStore.Access;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadLiteral;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStoreExclusive;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStoreImm;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStorePair;
import dev.hotarm.translator.a64.loadstore.LoadStore.LoadStoreReg;
import dev.hotarm.translator.a64.loadstore.LoadStore.Mode;
import dev.hotarm.translator.a64.loadstore.LoadStore.Ordering;
import dev.hotarm.translator.a64.loadstore.LoadStore.SimdLoadStoreMultiple;
import dev.hotarm.translator.a64.loadstore.LoadStore.SimdLoadStoreSingle;

/** objdump-style text for loads and stores. */
final class LoadStoreFormatter {
    private LoadStoreFormatter() {
    }

    private static final String[] VECTOR_PREFIX = {"b", "h", "s", "d", "q"};

    static String format(LoadStore insn, long pc) {
        return switch (insn) {
            case LoadStoreImm i -> {
                String base = "[" + xOrSp(i.rn());
                String address = switch (i.mode()) {
                    case OFFSET -> base + (i.offset() != 0 ? ", #" + i.offset() : "") + "]";
                    case PRE_INDEX -> base + ", #" + i.offset() + "]!";
                    case POST_INDEX -> base + "], #" + i.offset();
                };
                String mnemonic = mnemonic(i.access(), i.size(), i.vector(), i.unscaled());
                yield mnemonic + "\t" + target(i.access(), i.size(), i.vector(), i.rt()) + ", " + address;
            }
            case LoadStoreReg i -> {
                String index = switch (i.extend()) {
                    case LSL -> reg(true, i.rm()) + (i.shifted() ? ", lsl #" + i.shift() : "");
                    case SXTX -> reg(true, i.rm()) + ", sxtx" + (i.shifted() ? " #" + i.shift() : "");
                    case UXTW -> reg(false, i.rm()) + ", uxtw" + (i.shifted() ? " #" + i.shift() : "");
                    case SXTW -> reg(false, i.rm()) + ", sxtw" + (i.shifted() ? " #" + i.shift() : "");
                };
                yield mnemonic(i.access(), i.size(), i.vector(), false) + "\t"
                        + target(i.access(), i.size(), i.vector(), i.rt()) + ", [" + xOrSp(i.rn()) + ", " + index + "]";
            }
            case LoadLiteral i -> {
                String mnemonic = i.access() == Access.PREFETCH ? "prfm"
                        : i.access() == Access.LOAD_SIGNED_64 ? "ldrsw" : "ldr";
                String rt = i.access() == Access.PREFETCH ? prefetchOp(i.rt())
                        : i.vector() ? VECTOR_PREFIX[i.size()] + i.rt()
                        : reg(i.size() == 3 || i.access() == Access.LOAD_SIGNED_64, i.rt());
                yield mnemonic + "\t" + rt + ", " + Operands.target(pc + i.offset());
            }
            case LoadStorePair i -> {
                String mnemonic = (i.access() == Access.STORE ? "st" : "ld")
                        + (i.nonTemporal() ? "np" : "p") + (i.access() == Access.LOAD_SIGNED_64 ? "sw" : "");
                String base = "[" + xOrSp(i.rn());
                String address = switch (i.mode()) {
                    case OFFSET -> base + (i.offset() != 0 ? ", #" + i.offset() : "") + "]";
                    case PRE_INDEX -> base + ", #" + i.offset() + "]!";
                    case POST_INDEX -> base + "], #" + i.offset();
                };
                yield mnemonic + "\t" + pairReg(i, i.rt()) + ", " + pairReg(i, i.rt2()) + ", " + address;
            }
            case LoadStoreExclusive i -> exclusive(i);
            case SimdLoadStoreMultiple i -> {
                String arrangement = arrangement(i.elementSize(), i.q());
                String list = registerList(i.rt(), i.registers(), arrangement);
                String mnemonic = (i.load() ? "ld" : "st") + (i.structures() == 1 ? 1 : i.structures());
                yield mnemonic + "\t" + list + ", " + structureAddress(i.rn(), i.postIndex(), i.rm(),
                        (i.q() ? 16 : 8) * i.registers());
            }
            case SimdLoadStoreSingle i -> {
                String mnemonic = (i.load() ? "ld" : "st") + i.structures() + (i.replicate() ? "r" : "");
                String list = i.replicate()
                        ? registerList(i.rt(), i.structures(), arrangement(i.elementSize(), i.q()))
                        : registerList(i.rt(), i.structures(), VECTOR_PREFIX[i.elementSize()])
                                + "[" + i.index() + "]";
                yield mnemonic + "\t" + list + ", " + structureAddress(i.rn(), i.postIndex(), i.rm(),
                        i.structures() << i.elementSize());
            }
        };
    }

    private static String arrangement(int elementSize, boolean q) {
        return switch (elementSize) {
            case 0 -> q ? "16b" : "8b";
            case 1 -> q ? "8h" : "4h";
            case 2 -> q ? "4s" : "2s";
            case 3 -> q ? "2d" : "1d";
            default -> throw new AssertionError(elementSize);
        };
    }

    /** [Xn|SP], then the post-index amount: #bytes when Rm is 31, else Xm. */
    private static String structureAddress(int rn, boolean postIndex, int rm, int bytes) {
        String address = "[" + xOrSp(rn) + "]";
        return postIndex ? address + ", " + (rm == 31 ? "#" + bytes : reg(true, rm)) : address;
    }

    /**
     * A vector register list as objdump prints it: a range {@code {v0.4s-v2.4s}} for three or
     * more registers that do not wrap past v31, otherwise every register.
     */
    private static String registerList(int first, int count, String arrangement) {
        int last = (first + count - 1) & 31;
        if (count > 2 && last > first) {
            return "{v" + first + "." + arrangement + "-v" + last + "." + arrangement + "}";
        }
        StringBuilder list = new StringBuilder("{");
        for (int r = 0; r < count; r++) {
            list.append(r > 0 ? ", " : "").append('v').append((first + r) & 31).append('.')
                    .append(arrangement);
        }
        return list.append('}').toString();
    }

    private static String pairReg(LoadStorePair i, int r) {
        return i.vector() ? VECTOR_PREFIX[i.size()] + r : reg(i.size() == 3 || i.access() == Access.LOAD_SIGNED_64, r);
    }

    /** ldr, ldrb, ldrsh, stur, ... for the integer file; ldr/str/ldur/stur for SIMD&FP. */
    private static String mnemonic(Access access, int size, boolean vector, boolean unscaled) {
        if (access == Access.PREFETCH) {
            return unscaled ? "prfum" : "prfm";
        }
        String base = (access == Access.STORE ? "st" : "ld") + (unscaled ? "ur" : "r");
        if (vector) {
            return base;
        }
        String suffix = switch (size) {
            case 0 -> "b";
            case 1 -> "h";
            case 2 -> access == Access.LOAD_SIGNED_64 ? "w" : "";
            default -> "";
        };
        boolean signed = access == Access.LOAD_SIGNED_32 || access == Access.LOAD_SIGNED_64;
        return base + (signed ? "s" : "") + suffix;
    }

    /** The transfer register: Wt/Xt by the access, Bt..Qt for SIMD&FP, prfop for prefetches. */
    private static String target(Access access, int size, boolean vector, int rt) {
        if (access == Access.PREFETCH) {
            return prefetchOp(rt);
        }
        if (vector) {
            return VECTOR_PREFIX[size] + rt;
        }
        boolean x = access == Access.LOAD_SIGNED_64 || (size == 3 && access != Access.LOAD_SIGNED_32);
        return reg(x, rt);
    }

    /** PRFM's prfop: type (PLD, PLI, PST), target level and policy, as objdump names them. */
    static String prefetchOp(int prfop) {
        int type = prfop >>> 3;
        int level = (prfop >>> 1) & 3;
        if (type == 3 || level == 3) {
            return String.format("#0x%02x", prfop);
        }
        return new String[] {"pld", "pli", "pst"}[type] + "l" + (level + 1)
                + ((prfop & 1) != 0 ? "strm" : "keep");
    }

    private static String exclusive(LoadStoreExclusive i) {
        String suffix = i.pair() ? "" : switch (i.size()) {
            case 0 -> "b";
            case 1 -> "h";
            default -> "";
        };
        boolean x = i.size() == 3;
        String address = "[" + xOrSp(i.rn()) + "]";
        if (!i.exclusive()) {
            String mnemonic = (i.ordering() == Ordering.ACQUIRE_PC ? "ldapr" : i.load() ? "ldar" : "stlr")
                    + suffix;
            return mnemonic + "\t" + reg(x, i.rt()) + ", " + address;
        }
        String order = i.ordering() == Ordering.PLAIN ? "" : i.load() ? "a" : "l";
        String regs = reg(x, i.rt()) + (i.pair() ? ", " + reg(x, i.rt2()) : "");
        if (i.load()) {
            return "ld" + order + "x" + (i.pair() ? "p" : "r") + suffix + "\t" + regs + ", " + address;
        }
        return "st" + order + "x" + (i.pair() ? "p" : "r") + suffix + "\t" + reg(false, i.rs()) + ", "
                + regs + ", " + address;
    }
}
