package io.github.camelanaplan.component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Captures every log event at TRACE, with its thrown exception, while installed. Jetty's loggers stay quiet:
 * they belong to the simulator, i.e. to the server side. The HTTP client's {@code wire} and {@code headers} loggers
 * are left at WARN unless asked for: their one job is to dump raw traffic, Authorization header included, and they
 * must stay off outside a debugging session.
 */
final class CapturedLogs extends AbstractAppender implements AutoCloseable {

    private static final String SERVER_SIDE = "org.eclipse.jetty";
    static final List<String> TRAFFIC_DUMPS = List.of("org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Level previousRootLevel;

    private CapturedLogs(boolean trafficDumpsToo) {
        super("captured", null, null, true, Property.EMPTY_ARRAY);
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        start();
        configuration.addAppender(this);
        LoggerConfig root = configuration.getRootLogger();
        previousRootLevel = root.getLevel();
        root.addAppender(this, Level.TRACE, null);
        root.setLevel(Level.TRACE);
        List<String> quiet = trafficDumpsToo ? List.of(SERVER_SIDE) : concat(SERVER_SIDE, TRAFFIC_DUMPS);
        for (LoggerConfig logger : configuration.getLoggers().values()) {
            if (logger != root && quiet.stream().noneMatch(logger.getName()::startsWith)) {
                logger.setLevel(Level.TRACE);
                logger.addAppender(this, Level.TRACE, null);
            }
        }
        for (String trafficDump : TRAFFIC_DUMPS) {
            if (!configuration.getLoggers().containsKey(trafficDump)) {
                configuration.addLogger(trafficDump, new LoggerConfig(trafficDump, trafficDumpsToo ? Level.TRACE : Level.WARN, true));
            }
        }
        context.updateLoggers();
    }

    /** Every logger at TRACE but the simulator's (Jetty) and HttpClient's raw traffic dumps, which stay at WARN. */
    static CapturedLogs install() {
        return new CapturedLogs(false);
    }

    /** Every logger at TRACE but the simulator's, HttpClient's raw traffic dumps included. */
    static CapturedLogs installWithTrafficDumps() {
        return new CapturedLogs(true);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
                .append(event.getMessage().getFormattedMessage());
        for (Throwable thrown = event.getThrown(); thrown != null; thrown = thrown.getCause()) {
            line.append(" | ").append(thrown);
        }
        lines.add(line.append(" [").append(event.getLevel()).append(']').toString());
    }

    /** One line per event: logger name, message, the exception chain, and the level in brackets at the end. */
    List<String> lines() {
        return lines;
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        for (LoggerConfig logger : configuration.getLoggers().values()) {
            logger.removeAppender(getName());
        }
        configuration.getRootLogger().setLevel(previousRootLevel);
        // reload log4j2-test.xml, dropping the loggers and levels set for the capture
        context.reconfigure();
        stop();
    }
}
