package dev.hotarm.runtime.linux.syscall;

/**
 * A process's signal dispositions and a thread's blocked mask, as rt_sigaction,
 * rt_sigprocmask and sigaltstack record them. Nothing is delivered yet: a signal the process
 * sends itself ends it if its default action would.
 */
public final class Signals {
    public static final int NSIG = 64;
    public static final long SIG_DFL = 0, SIG_IGN = 1;
    public static final int SIGKILL = 9, SIGPIPE = 13, SIGCHLD = 17, SIGCONT = 18,
            SIGSTOP = 19, SIGTSTP = 20, SIGTTOU = 22, SIGURG = 23, SIGWINCH = 28;

    /** struct sigaction as the AArch64 kernel reads it: handler, flags, restorer, mask. */
    public static final int SIGACTION_SIZE = 32;

    final long[] handler = new long[NSIG + 1];
    final long[] flags = new long[NSIG + 1];
    final long[] restorer = new long[NSIG + 1];
    final long[] mask = new long[NSIG + 1];
    long blocked;
    long altStackSp;
    int altStackFlags = 2; // SS_DISABLE
    long altStackSize;

    static long bit(int sig) {
        return 1L << (sig - 1);
    }

    public long handler(int sig) {
        return handler[sig];
    }

    public long blocked() {
        return blocked;
    }

    /** True when the default action of {@code sig} does not end the process. */
    static boolean ignoredOrStopByDefault(int sig) {
        return sig == SIGCHLD || sig == SIGCONT || sig == SIGURG || sig == SIGWINCH
                || (sig >= SIGSTOP && sig <= SIGTTOU);
    }

    /** True when delivering {@code sig} now would end the process. */
    boolean fatal(int sig) {
        if (sig == SIGKILL) {
            return true;
        }
        if (handler[sig] == SIG_IGN || (blocked & bit(sig)) != 0) {
            return false;
        }
        // An installed handler cannot run yet (no delivery); treat it as the default action.
        return !ignoredOrStopByDefault(sig);
    }
}
