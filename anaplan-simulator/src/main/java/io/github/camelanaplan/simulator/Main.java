package io.github.camelanaplan.simulator;

import io.github.camelanaplan.simulator.tls.SimulatorTls;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Command-line launcher:
 * {@code java -jar anaplan-simulator.jar [--port N] [--host H] [--auth-port N] [--model FILE]... [--demo]
 * [--user EMAIL:PASSWORD]... [--token-lifetime SECONDS] [--data-dir DIR] [--tls]}.
 * Runs until killed.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        SimulatorConfig config;
        try {
            config = parse(args);
        } catch (HelpRequested e) {
            usage(System.out);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        AnaplanSimulator simulator;
        try {
            simulator = AnaplanSimulator.start(config);
        } catch (RuntimeException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "anaplan-simulator-shutdown"));
        Banner.print(simulator, System.out);
        simulator.tls().ifPresent(tls -> printTls(tls, System.out));
        simulator.join();
    }

    static SimulatorConfig parse(String[] args) {
        SimulatorConfig.Builder builder = SimulatorConfig.builder();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> builder.port(intValue(arg, value(args, ++i, arg)));
                case "--host" -> builder.host(value(args, ++i, arg));
                case "--auth-port" -> builder.authPort(intValue(arg, value(args, ++i, arg)));
                case "--model" -> builder.modelFile(Path.of(value(args, ++i, arg)));
                case "--demo" -> builder.includeDemo(true);
                case "--user" -> builder.user(value(args, ++i, arg));
                case "--token-lifetime" ->
                        builder.tokenLifetime(Duration.ofSeconds(intValue(arg, value(args, ++i, arg))));
                case "--data-dir" -> builder.dataDirectory(Path.of(value(args, ++i, arg)));
                case "--tls" -> builder.tls(true);
                case "--help", "-h" -> throw new HelpRequested();
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return builder.build();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int intValue(String option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got " + text);
        }
    }

    private static void usage(PrintStream out) {
        out.println("""
                Usage: java -jar anaplan-simulator.jar [options]
                  --port N               API port (default 0 = random)
                  --host H               bind address (default 127.0.0.1)
                  --auth-port N          serve /token and /oauth on their own port
                  --model FILE           load a model file (YAML or JSON); repeatable
                  --demo                 also load the demo model when --model is given
                  --user EMAIL:PASSWORD  add a user with full rights to everything; repeatable
                  --token-lifetime S     auth token lifetime in seconds (default 2100)
                  --data-dir DIR         where uploaded file content is kept (default: temp dir)
                  --tls                  serve HTTPS with a self-signed certificate made at start""");
    }

    /** Clients in other processes need the certificate's location to trust the simulator. */
    private static void printTls(SimulatorTls tls, PrintStream out) {
        out.println("TLS: self-signed certificate for localhost and 127.0.0.1");
        out.println("  Certificate (PEM): " + tls.certificateFile());
        out.println("  Trust store (PKCS12): " + tls.trustStoreFile() + "  password: " + tls.trustStorePassword());
        out.flush();
    }

    /** Signals {@code --help}; not an error. */
    private static final class HelpRequested extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;
    }
}
