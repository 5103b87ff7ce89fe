package org.edition.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.edition.site.StaticServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edition serve}: the built site on http://localhost, read-only, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the built site (read-only, on this machine only) until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "<n>", defaultValue = "8000", description = "port (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--dir", paramLabel = "<dir>", defaultValue = "output/site", description = "folder to serve (default: ${DEFAULT-VALUE})")
    Path dir;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isDirectory(dir)) {
            throw new UserException("no site at " + dir.toAbsolutePath() + "; run 'edition build' first or pass --dir",
                    EditionCli.FAILED);
        }
        StaticServer server;
        try {
            server = new StaticServer(dir, port);
        } catch (IOException e) {
            throw new UserException("cannot serve on port " + port + ": " + e.getMessage(), EditionCli.FAILED);
        }
        server.start();
        spec.commandLine().getOut().printf("serving %s at http://localhost:%d/ (Ctrl-C to stop)%n",
                dir.toAbsolutePath().normalize(), server.port());
        spec.commandLine().getOut().flush();
        new CountDownLatch(1).await();
        return EditionCli.OK;
    }
}
