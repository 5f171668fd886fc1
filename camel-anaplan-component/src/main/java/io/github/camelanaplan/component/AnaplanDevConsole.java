package io.github.camelanaplan.component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelanaplan.component.internal.AnaplanClients;
import io.github.camelanaplan.component.internal.InFlightTasks;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;

/**
 * Developer console of the anaplan: component: the clients (base URLs, kind of login, masked user), the tasks being
 * waited for, and the models with queued work. Never shows a secret.
 */
@DevConsole(name = "anaplan", displayName = "Anaplan", description = "Anaplan clients, tasks in flight and model queues")
public class AnaplanDevConsole extends AbstractDevConsole {

    public AnaplanDevConsole() {
        super("camel", "anaplan", "Anaplan", "Anaplan clients, tasks in flight and model queues");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        AnaplanComponent component = component();
        if (component == null) {
            return "The anaplan component is not in use.\n";
        }
        StringBuilder text = new StringBuilder();
        List<AnaplanClients.ClientView> clients = component.getClients().describe();
        text.append("Clients: ").append(clients.size()).append('\n');
        for (AnaplanClients.ClientView client : clients) {
            text.append(String.format("    %s: %s (auth %s) as %s, login by %s%s%n", client.id(), client.apiBaseUrl(),
                    client.authBaseUrl(), client.principal(), client.authKind(), client.provided() ? ", provided" : ""));
        }
        List<InFlightTasks.TaskView> tasks = component.getInFlightTasks().list();
        text.append("Tasks in flight: ").append(tasks.size()).append('\n');
        Instant now = Instant.now();
        for (InFlightTasks.TaskView task : tasks) {
            text.append(String.format("    %s %s '%s' (%s) in model '%s' (%s) via %s, running %d s%n", task.taskId(),
                    task.kind(), task.actionName(), task.actionId(), task.modelName(), task.modelId(), task.clientId(),
                    Duration.between(task.started(), now).toSeconds()));
        }
        List<String> models = component.getModelTaskQueue().activeModelKeys();
        text.append("Models with queued work: ").append(models.size()).append('\n');
        for (String model : models) {
            text.append("    ").append(model).append('\n');
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        Map<String, Object> root = new LinkedHashMap<>();
        AnaplanComponent component = component();
        if (component == null) {
            return root;
        }
        List<Map<String, Object>> clients = new ArrayList<>();
        for (AnaplanClients.ClientView client : component.getClients().describe()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", client.id());
            entry.put("apiBaseUrl", client.apiBaseUrl());
            entry.put("authBaseUrl", client.authBaseUrl());
            entry.put("authKind", client.authKind().name());
            entry.put("principal", client.principal());
            entry.put("provided", client.provided());
            clients.add(entry);
        }
        root.put("clients", clients);
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (InFlightTasks.TaskView task : component.getInFlightTasks().list()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("taskId", task.taskId());
            entry.put("kind", task.kind());
            entry.put("actionId", task.actionId());
            entry.put("actionName", task.actionName());
            entry.put("modelId", task.modelId());
            entry.put("modelName", task.modelName());
            entry.put("clientId", task.clientId());
            entry.put("started", task.started().toEpochMilli());
            tasks.add(entry);
        }
        root.put("tasksInFlight", tasks);
        root.put("modelsWithQueuedWork", component.getModelTaskQueue().activeModelKeys());
        return root;
    }

    private AnaplanComponent component() {
        return getCamelContext().hasComponent("anaplan") instanceof AnaplanComponent anaplan ? anaplan : null;
    }
}
