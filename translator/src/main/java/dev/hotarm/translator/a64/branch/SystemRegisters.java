package dev.hotarm.translator.a64.branch;

import java.util.Map;

/** Encodings and objdump names of the system registers user space meets. */
public final class SystemRegisters {
    private SystemRegisters() {
    }

    /** op0:op1:CRn:CRm:op2 packed as in the MRS/MSR encoding (bits 20-5). */
    public static int encode(int op0, int op1, int crn, int crm, int op2) {
        return ((op0 - 2) << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2 | (1 << 15);
    }

    public static final int NZCV = encode(3, 3, 4, 2, 0);
    public static final int FPCR = encode(3, 3, 4, 4, 0);
    public static final int FPSR = encode(3, 3, 4, 4, 1);
    public static final int TPIDR_EL0 = encode(3, 3, 13, 0, 2);
    public static final int TPIDRRO_EL0 = encode(3, 3, 13, 0, 3);
    public static final int CNTFRQ_EL0 = encode(3, 3, 14, 0, 0);
    public static final int CNTVCT_EL0 = encode(3, 3, 14, 0, 2);
    public static final int CTR_EL0 = encode(3, 3, 0, 0, 1);
    public static final int DCZID_EL0 = encode(3, 3, 0, 0, 7);
    public static final int MIDR_EL1 = encode(3, 0, 0, 0, 0);
    public static final int MPIDR_EL1 = encode(3, 0, 0, 0, 5);
    public static final int REVIDR_EL1 = encode(3, 0, 0, 0, 6);
    public static final int ID_AA64PFR0_EL1 = encode(3, 0, 0, 4, 0);
    public static final int ID_AA64PFR1_EL1 = encode(3, 0, 0, 4, 1);
    public static final int ID_AA64ZFR0_EL1 = encode(3, 0, 0, 4, 4);
    public static final int ID_AA64DFR0_EL1 = encode(3, 0, 0, 5, 0);
    public static final int ID_AA64ISAR0_EL1 = encode(3, 0, 0, 6, 0);
    public static final int ID_AA64ISAR1_EL1 = encode(3, 0, 0, 6, 1);
    public static final int ID_AA64MMFR0_EL1 = encode(3, 0, 0, 7, 0);
    public static final int ID_AA64MMFR1_EL1 = encode(3, 0, 0, 7, 1);
    public static final int ID_AA64MMFR2_EL1 = encode(3, 0, 0, 7, 2);

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(NZCV, "nzcv"), Map.entry(FPCR, "fpcr"), Map.entry(FPSR, "fpsr"),
            Map.entry(TPIDR_EL0, "tpidr_el0"), Map.entry(TPIDRRO_EL0, "tpidrro_el0"),
            Map.entry(CNTFRQ_EL0, "cntfrq_el0"), Map.entry(CNTVCT_EL0, "cntvct_el0"),
            Map.entry(CTR_EL0, "ctr_el0"), Map.entry(DCZID_EL0, "dczid_el0"),
            Map.entry(MIDR_EL1, "midr_el1"), Map.entry(MPIDR_EL1, "mpidr_el1"),
            Map.entry(REVIDR_EL1, "revidr_el1"), Map.entry(ID_AA64PFR0_EL1, "id_aa64pfr0_el1"),
            Map.entry(ID_AA64PFR1_EL1, "id_aa64pfr1_el1"), Map.entry(ID_AA64ZFR0_EL1, "id_aa64zfr0_el1"),
            Map.entry(ID_AA64DFR0_EL1, "id_aa64dfr0_el1"),
            Map.entry(ID_AA64ISAR0_EL1, "id_aa64isar0_el1"), Map.entry(ID_AA64ISAR1_EL1, "id_aa64isar1_el1"),
            Map.entry(ID_AA64MMFR0_EL1, "id_aa64mmfr0_el1"), Map.entry(ID_AA64MMFR1_EL1, "id_aa64mmfr1_el1"),
            Map.entry(ID_AA64MMFR2_EL1, "id_aa64mmfr2_el1"));

    /**
     * Names objdump gives to the other registers of the EL0 and ID spaces, which user code may
     * name even when we make them undefined (the PMU counters are left out: objdump's generic
     * form for those is a known difference).
     */
    private static final Map<Integer, String> MORE_NAMES = Map.ofEntries(
            Map.entry(encode(3, 3, 14, 0, 1), "cntpct_el0"),
            Map.entry(encode(3, 3, 14, 0, 5), "cntpctss_el0"),
            Map.entry(encode(3, 3, 14, 0, 6), "cntvctss_el0"),
            Map.entry(encode(3, 3, 4, 2, 1), "daif"),
            Map.entry(encode(3, 3, 4, 2, 2), "svcr"),
            Map.entry(encode(3, 3, 4, 2, 5), "dit"),
            Map.entry(encode(3, 3, 4, 2, 6), "ssbs"),
            Map.entry(encode(3, 3, 4, 2, 7), "tco"),
            Map.entry(encode(3, 3, 4, 5, 0), "dspsr_el0"),
            Map.entry(encode(3, 3, 4, 5, 1), "dlr_el0"),
            Map.entry(encode(3, 3, 13, 0, 5), "tpidr2_el0"),
            Map.entry(encode(3, 3, 13, 0, 7), "scxtnum_el0"),
            Map.entry(encode(3, 3, 2, 4, 0), "rndr"),
            Map.entry(encode(3, 3, 2, 4, 1), "rndrrs"));

    /** objdump's names of op0=3, op1=0, CRn=0 (the ID registers), indexed by CRm:op2. */
    private static final String[] ID_NAMES = {
        "midr_el1", null, null, null,
        "mpuir_el1", "mpidr_el1", "revidr_el1", null,
        "id_pfr0_el1", "id_pfr1_el1", "id_dfr0_el1", "id_afr0_el1",
        "id_mmfr0_el1", "id_mmfr1_el1", "id_mmfr2_el1", "id_mmfr3_el1",
        "id_isar0_el1", "id_isar1_el1", "id_isar2_el1", "id_isar3_el1",
        "id_isar4_el1", "id_isar5_el1", "id_mmfr4_el1", "id_isar6_el1",
        "mvfr0_el1", "mvfr1_el1", "mvfr2_el1", null,
        "id_pfr2_el1", "id_dfr1_el1", "id_mmfr5_el1", null,
        "id_aa64pfr0_el1", "id_aa64pfr1_el1", null, null,
        "id_aa64zfr0_el1", "id_aa64smfr0_el1", null, null,
        "id_aa64dfr0_el1", "id_aa64dfr1_el1", null, null,
        "id_aa64afr0_el1", "id_aa64afr1_el1", null, null,
        "id_aa64isar0_el1", "id_aa64isar1_el1", "id_aa64isar2_el1", null,
        null, null, null, null,
        "id_aa64mmfr0_el1", "id_aa64mmfr1_el1", "id_aa64mmfr2_el1", null,
        null, null, null, null,
    };

    /** The register's name as objdump prints it, or the generic {@code s3_3_c4_c2_0} form. */
    public static String name(int sysreg) {
        if ((sysreg & ~0x3F) == encode(3, 0, 0, 0, 0) && ID_NAMES[sysreg & 0x3F] != null) {
            return ID_NAMES[sysreg & 0x3F];
        }
        String name = NAMES.getOrDefault(sysreg, MORE_NAMES.get(sysreg));
        if (name != null) {
            return name;
        }
        return String.format("s%d_%d_c%d_c%d_%d", 2 + ((sysreg >>> 14) & 1), (sysreg >>> 11) & 7,
                (sysreg >>> 7) & 15, (sysreg >>> 3) & 15, sysreg & 7);
    }
}
