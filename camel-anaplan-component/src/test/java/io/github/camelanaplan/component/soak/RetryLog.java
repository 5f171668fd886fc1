package io.github.camelanaplan.component.soak;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Counts what the client reports about its recoveries: each retry the transport schedules, each task start that
 * failed ambiguously, and each task adopted after a start whose answer was lost. The client has no counters of its
 * own; its log lines are its account of what it did.
 */
final class RetryLog extends AbstractAppender implements AutoCloseable {

    private static final String TRANSPORT = "io.github.camelanaplan.client.http.Transport";
    private static final String TASK_CLIENT = "io.github.camelanaplan.client.task.TaskClient";

    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger ambiguousStarts = new AtomicInteger();
    private final AtomicInteger adoptedTasks = new AtomicInteger();

    private RetryLog() {
        super("soak-retries", null, null, true, Property.EMPTY_ARRAY);
    }

    static RetryLog install() {
        RetryLog log = new RetryLog();
        log.start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        configuration.addAppender(log);
        // the transport's retries are WARN, the task client's adoptions INFO
        for (String name : new String[] {TRANSPORT, TASK_CLIENT}) {
            LoggerConfig logger = new LoggerConfig(name, name.equals(TASK_CLIENT) ? Level.INFO : Level.WARN, true);
            logger.addAppender(log, null, null);
            configuration.addLogger(name, logger);
        }
        context.updateLoggers();
        return log;
    }

    @Override
    public void append(LogEvent event) {
        String message = event.getMessage().getFormattedMessage();
        if (event.getLoggerName().equals(TRANSPORT) && message.contains("; retry ")) {
            retries.incrementAndGet();
        } else if (event.getLoggerName().equals(TASK_CLIENT)) {
            if (message.contains("failed ambiguously")) {
                ambiguousStarts.incrementAndGet();
            } else if (message.startsWith("adopting task")) {
                adoptedTasks.incrementAndGet();
            }
        }
    }

    int retries() {
        return retries.get();
    }

    int ambiguousStarts() {
        return ambiguousStarts.get();
    }

    int adoptedTasks() {
        return adoptedTasks.get();
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        configuration.removeLogger(TRANSPORT);
        configuration.removeLogger(TASK_CLIENT);
        context.updateLoggers();
        stop();
    }
}
