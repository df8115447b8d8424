package org.dancu.cli;

import java.util.List;

/** One sub-command of {@code dancu}. Arguments are what followed the command's name. */
interface Command {

    String name();

    /** One line for {@code dancu --help}. */
    String summary();

    /** What follows {@code dancu <name>} on the usage line, then one line per option, for {@code dancu <name> --help}. */
    String usage();

    /** Runs the command and returns the process exit code. */
    int run(List<String> arguments);
}
