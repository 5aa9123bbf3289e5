package vn.vientro.platform;

import vn.vientro.platform.backup.BackupCommands;

/**
 * The commands an operator runs with the application's jar instead of starting it:
 * {@code java -jar vientro.jar backup --to <file.tar>} and {@code restore --from <file.tar>} (README, "Running in
 * production").
 */
public final class Maintenance {

    private Maintenance() {
    }

    public static boolean isCommand(String[] args) {
        return BackupCommands.isCommand(args);
    }

    /** Runs the command; the result is the process's exit status. */
    public static int run(String[] args) {
        return BackupCommands.run(args);
    }
}
