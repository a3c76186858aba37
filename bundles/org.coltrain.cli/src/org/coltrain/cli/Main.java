package org.coltrain.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code coltrain} command line. Commands only translate: parse, call the core, print. */
@Command(name = "coltrain", mixinStandardHelpOptions = true, version = "ColTraIn Workbench 0.1.0",
        description = "Models, checks and simulates ML accelerators that serve inference and train in idle cycles.")
public final class Main {

    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(HelpCommand.class, ValidateCommand.class, RunCommand.class,
            GenerateCommand.class, SweepCommand.class, TimingCommand.class, NumericsCommand.class, BenchCommand.class,
            ImportCommand.class, StudyCommand.class, SuperNetCommand.class, MapCommand.class, ClusterCommand.class,
            CalibrationsCommand.class, LspCommand.class);

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given output streams; returns the exit code (see {@link ExitCodes}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args.length == 0 ? null : args[0]);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, commandLine.getErr()));
        if (args.length == 0) {
            cli.usage(out);
            return ExitCodes.USAGE;
        }
        try {
            return cli.execute(args);
        } catch (Throwable e) { // the last resort: errors (a stack overflow, out of memory) pass picocli's handler
            return internalError(e, err);
        }
    }

    /** A bug, not a user error: say so in one line and where to look, without a stack trace on screen. */
    private static int internalError(Throwable e, PrintWriter err) {
        String message = String.valueOf(e).lines().findFirst().orElse(e.getClass().getName());
        if (message.length() > 300) message = message.substring(0, 300) + "...";
        err.println("coltrain: internal error: " + message + " (rerun with COLTRAIN_DEBUG=1 for the stack trace)");
        if (System.getenv("COLTRAIN_DEBUG") != null) e.printStackTrace(err);
        err.flush();
        return 3;
    }

    /**
     * The command line with the subcommand the first word names, or with all of them (for help, usage and
     * suggestions): picocli builds the model of every registered command up front, and building all of them
     * costs a one-command call about a tenth of a second of start-up.
     */
    static CommandLine commandLine(String firstWord) {
        CommandLine cli = new CommandLine(new Main());
        Class<?> named = COMMANDS.stream().filter(c -> c != HelpCommand.class && c.getAnnotation(Command.class).name().equals(firstWord))
                .findFirst().orElse(null);
        for (Class<?> command : named == null ? COMMANDS : List.of(named)) cli.addSubcommand(command);
        return cli;
    }
}
