package org.coltrain.ui.launch;

import java.io.PrintWriter;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;

/** The "ColTraIn" console that runs print their summary to, as the CLI prints it to standard output. */
final class SimulationConsole {

    static final String NAME = "ColTraIn";

    private SimulationConsole() {
    }

    static synchronized MessageConsole get() {
        var manager = ConsolePlugin.getDefault().getConsoleManager();
        for (IConsole c : manager.getConsoles()) if (NAME.equals(c.getName()) && c instanceof MessageConsole m) return m;
        MessageConsole console = new MessageConsole(NAME, null);
        manager.addConsoles(new IConsole[] { console });
        return console;
    }

    /** A writer onto the console, shown to the user; closing it flushes. */
    static PrintWriter writer() {
        MessageConsole console = get();
        ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
        return new PrintWriter(console.newMessageStream(), true);
    }
}
