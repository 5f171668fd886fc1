package io.github.camelanaplan.springboot;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import io.github.camelanaplan.client.AnaplanClient;
import io.github.camelanaplan.component.AnaplanConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * The component-level options of {@code anaplan:}, bound from {@code camel.component.anaplan.*}. Every field
 * mirrors one entry of the component's catalog ({@code anaplan.json}); {@code AnaplanComponentConfigurationTest}
 * fails when the two drift apart. Fields stay {@code null} until the user sets them, so the customizer copies only
 * what was configured and the component keeps its own defaults for the rest.
 */
@ConfigurationProperties(prefix = "camel.component.anaplan")
public class AnaplanComponentConfiguration {

    /**
     * The import, export, process or other action to run, by id or name.
     */
    private String action;

    /**
     * Default options shared by all endpoints of this component. Set it to a bean reference such as {@code #bean:myBean}.
     */
    private AnaplanConfiguration configuration;

    /**
     * The Anaplan file to upload into or download from, by id or name. For import it overrides the import's own source file.
     */
    private String file;

    /**
     * Model id or name. Names are matched exactly, then case-insensitively.
     */
    private String model;

    /**
     * Workspace id or name. Names are matched exactly, then case-insensitively.
     */
    private String workspace;

    /**
     * Base URL of the Integration API, including /2/0. Change it for regional hosts or the simulator. The component defaults to https://api.anaplan.com/2/0.
     */
    private String apiBaseUrl;

    /**
     * Base URL of the authentication service (the host of /token/authenticate). The component defaults to https://auth.anaplan.com.
     */
    private String authBaseUrl;

    /**
     * Time to wait for a connection to open. A plain number is milliseconds; 30s, 5m or 1h also work. The component defaults to 30000.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration connectTimeout;

    /**
     * Base URL of the OAuth 2.0 service (the host of /oauth/token). The component defaults to https://us1a.app.anaplan.com.
     */
    private String oauthBaseUrl;

    /**
     * Host of an HTTP proxy.
     */
    private String proxyHost;

    /**
     * Port of the HTTP proxy.
     */
    private Integer proxyPort;

    /**
     * Time to wait for a response once a request is sent. A plain number is milliseconds; 30s, 5m or 1h also work. The component defaults to 300000.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration responseTimeout;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible) occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party component allows Camel to be alerted if an exception was thrown. Some components handle this internally only, and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to hook into the 3rd party component and make this possible for future releases. By default the consumer will use the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and ignored. The component defaults to False.
     */
    private Boolean bridgeErrorHandler;

    /**
     * Whether to cancel a task that outlives taskTimeout. The component defaults to False.
     */
    private Boolean cancelOnTimeout;

    /**
     * Cells per request for cell-write (1 to 100,000; Anaplan documents 1,000). The component defaults to 1000.
     */
    private Integer cellsPerRequest;

    /**
     * How many chunks travel at once on upload and download (1 to 32). Memory use is about chunkSize times this. The component defaults to 4.
     */
    private Integer chunksInFlight;

    /**
     * Size of the chunks files are cut into for upload, in bytes: 1048576 (1 MB) to 52428800 (50 MB). The component defaults to 8388608.
     */
    private Integer chunkSize;

    /**
     * Whether to gzip chunks on upload. The component defaults to True.
     */
    private Boolean compress;

    /**
     * Directory for failure dumps when dumpMode=FILE.
     */
    private String dumpDirectory;

    /**
     * Where to put the failure dump of an import or process: nowhere, as a stream in the CamelAnaplanDump header, or as files under dumpDirectory. One of: NONE, HEADER, FILE. The component defaults to NONE.
     */
    private String dumpMode;

    /**
     * Layout of a large view-read: TABULAR_MULTI_COLUMN, TABULAR_SINGLE_COLUMN or GRID_ALL_PAGES. One of: TABULAR_MULTI_COLUMN, TABULAR_SINGLE_COLUMN, GRID_ALL_PAGES. The component defaults to TABULAR_MULTI_COLUMN.
     */
    private String exportType;

    /**
     * Whether list-write and cell-write fail the exchange with an AnaplanItemFailuresException when Anaplan rejects entries. When false the failures are in the result body and the failed-count header. The component defaults to False.
     */
    private Boolean failOnItemFailures;

    /**
     * Whether an import that rejected any row fails the exchange, even when Anaplan calls the task successful. The component defaults to False.
     */
    private Boolean failOnRowFailures;

    /**
     * Whether a task that ends unsuccessfully or is cancelled fails the exchange with an AnaplanTaskFailedCamelException carrying the task status. The component defaults to True.
     */
    private Boolean failOnTaskFailure;

    /**
     * Whether list-read and view-read use a large-volume read request (streamed CSV pages; needs the workspace administrator role): always, never, or auto (lists: when the list holds more than 1,000,000 items; views: never). One of: auto, always, never. The component defaults to auto.
     */
    private String largeRead;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled during routing messages via Camel's routing error handlers. Beware that when the first message is processed then creating and starting the producer may take a little time and prolong the total processing time of the processing. The component defaults to False.
     */
    private Boolean lazyStartProducer;

    /**
     * List id or name for list-write and list-read; the CamelAnaplanList header overrides it.
     */
    private String list;

    /**
     * List entries per request for list-write (1 to 100,000). Memory is bounded by one batch more than listBatchesInFlight. The component defaults to 10000.
     */
    private Integer listBatchSize;

    /**
     * What list-write does with each entry: add, update, upsert (update by code, else name; add the rest) or delete. The CamelAnaplanListWriteMode header overrides it. One of: add, update, upsert, delete. The component defaults to upsert.
     */
    private String listWriteMode;

    /**
     * Locale sent with every task start. The component defaults to en_US.
     */
    private String localeName;

    /**
     * Mapping parameters (prompts) for imports and processes, as entityType=entityName pairs separated by commas, e.g. Version=Actual.
     */
    private String mappingParameters;

    /**
     * What the metadata operation lists. One of: workspaces, models, imports, exports, processes, actions, files, modules, views, lists.
     */
    private String metadataType;

    /**
     * Module id or name for cell-write; the CamelAnaplanModule header overrides it.
     */
    private String module;

    /**
     * Body of list-read and view-read: list (a List of Maps), json (a JSON array as text) or csv (an InputStream, closed when the exchange completes). One of: list, json, csv. The component defaults to list.
     */
    private String outputFormat;

    /**
     * Write the export or download to this file instead of returning a stream.
     */
    private String outputPath;

    /**
     * Pages of the view to read with view-read, as Dimension:Item pairs separated by commas; dimensions and items by name, id (or item code). The CamelAnaplanPageSelectors header overrides it.
     */
    private String pageSelectors;

    /**
     * Whether tasks on one model run one after another inside this application, instead of surfacing Anaplan's model-busy answers. The component defaults to True.
     */
    private Boolean serializeModelTasks;

    /**
     * How long to wait for a task before failing the exchange. A plain number is milliseconds; 30s, 5m or 1h also work. The component defaults to 3600000.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration taskTimeout;

    /**
     * View id or name for view-read (a module id or name reads its default view); the CamelAnaplanView header overrides it.
     */
    private String view;

    /**
     * Whether task-starting operations wait for the task to end. When false, the exchange completes at once with the task id in the CamelAnaplanTaskId header. The component defaults to True.
     */
    private Boolean waitForCompletion;

    /**
     * List write requests sent concurrently (1 to 16). Anaplan applies a model's writes one at a time, so more than a few only queue. The component defaults to 2.
     */
    private Integer listBatchesInFlight;

    /**
     * First delay before asking for a task's status; later delays grow up to pollMaxDelay. A plain number is milliseconds; 30s, 5m or 1h also work. The component defaults to 250.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration pollInitialDelay;

    /**
     * Longest delay between two status requests for one task. A plain number is milliseconds; 30s, 5m or 1h also work. The component defaults to 30000.
     */
    @DurationUnit(ChronoUnit.MILLIS)
    private Duration pollMaxDelay;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection factories, AWS Clients, etc. The component defaults to True.
     */
    private Boolean autowiredEnabled;

    /**
     * A ready AnaplanClient to use instead of building one from the connection and credential options. The component does not close it; the connection, credential, transfer and poll options must then be left unset. Set it to a bean reference such as {@code #bean:myBean}.
     */
    private AnaplanClient client;

    /**
     * Threads that send the status requests of all running tasks; no thread is held between two polls. The component defaults to 2.
     */
    private Integer schedulerPoolSize;

    /**
     * Threads for blocking work shared by all endpoints: uploading bodies, writing downloads to files, resolving names and starting tasks. Waiting for tasks needs none of them. The component defaults to 10.
     */
    private Integer workerPoolSize;

    /**
     * Used for enabling or disabling all consumer based health checks from this component The component defaults to True.
     */
    private Boolean healthCheckConsumerEnabled;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by default disabled all producer based health-checks. You can turn on producer checks globally by setting camel.health.producersEnabled=true. The component defaults to True.
     */
    private Boolean healthCheckProducerEnabled;

    /**
     * A ready-made Anaplan token, for routes that obtain it elsewhere. It is not refreshed. Secret: keep it out of committed files (use an environment variable or a secret store); it is never logged.
     */
    private String authToken;

    /**
     * PEM file of the X.509 certificate for CA-certificate authentication.
     */
    private String certificatePath;

    /**
     * Password of the private key, where it differs from the key store's. Secret: keep it out of committed files (use an environment variable or a secret store); it is never logged.
     */
    private String keyPassword;

    /**
     * Alias of the key entry in keyStorePath; the first key entry when not set.
     */
    private String keyStoreAlias;

    /**
     * Password of keyStorePath (and of its key unless keyPassword is set). Secret: keep it out of committed files (use an environment variable or a secret store); it is never logged.
     */
    private String keyStorePassword;

    /**
     * Java key store (PKCS12 or JKS) holding the certificate and private key for CA-certificate authentication; an alternative to the PEM files.
     */
    private String keyStorePath;

    /**
     * OAuth 2.0 client id, for the refresh-token grant.
     */
    private String oauthClientId;

    /**
     * OAuth 2.0 client secret (authorization-code clients only). Secret: keep it out of committed files (use an environment variable or a secret store); it is never logged.
     */
    private String oauthClientSecret;

    /**
     * OAuth 2.0 refresh token. With rotating clients the component keeps the newest one in memory. Secret: keep it out of committed files (use an environment variable or a secret store); it is never logged.
     */
    private String oauthRefreshToken;

    /**
     * Password for basic authentication. Secret: keep it out of committed files (use an environment variable or a secret store); it is never logged.
     */
    private String password;

    /**
     * PEM file (PKCS#8) of the private key that belongs to certificatePath.
     */
    private String privateKeyPath;

    /**
     * Password for the HTTP proxy. Secret: keep it out of committed files (use an environment variable or a secret store); it is never logged.
     */
    private String proxyPassword;

    /**
     * User name for the HTTP proxy. Secret: keep it out of committed files (use an environment variable or a secret store); it is never logged.
     */
    private String proxyUsername;

    /**
     * TLS settings (trust store, key store) for the connections to Anaplan. Certificates are verified against the JVM's trust store by default. Set it to a bean reference such as {@code #bean:myBean}.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * Anaplan user (e-mail) for basic authentication. Secret: keep it out of committed files (use an environment variable or a secret store); it is never logged.
     */
    private String username;

    /**
     * Format of the signed data sent for CA-certificate authentication. One of: v1, v2. The component defaults to v2.
     */
    private String certificateDataFormat;

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public AnaplanConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AnaplanConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getFile() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getWorkspace() {
        return workspace;
    }

    public void setWorkspace(String workspace) {
        this.workspace = workspace;
    }

    public String getApiBaseUrl() {
        return apiBaseUrl;
    }

    public void setApiBaseUrl(String apiBaseUrl) {
        this.apiBaseUrl = apiBaseUrl;
    }

    public String getAuthBaseUrl() {
        return authBaseUrl;
    }

    public void setAuthBaseUrl(String authBaseUrl) {
        this.authBaseUrl = authBaseUrl;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public String getOauthBaseUrl() {
        return oauthBaseUrl;
    }

    public void setOauthBaseUrl(String oauthBaseUrl) {
        this.oauthBaseUrl = oauthBaseUrl;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getCancelOnTimeout() {
        return cancelOnTimeout;
    }

    public void setCancelOnTimeout(Boolean cancelOnTimeout) {
        this.cancelOnTimeout = cancelOnTimeout;
    }

    public Integer getCellsPerRequest() {
        return cellsPerRequest;
    }

    public void setCellsPerRequest(Integer cellsPerRequest) {
        this.cellsPerRequest = cellsPerRequest;
    }

    public Integer getChunksInFlight() {
        return chunksInFlight;
    }

    public void setChunksInFlight(Integer chunksInFlight) {
        this.chunksInFlight = chunksInFlight;
    }

    public Integer getChunkSize() {
        return chunkSize;
    }

    public void setChunkSize(Integer chunkSize) {
        this.chunkSize = chunkSize;
    }

    public Boolean getCompress() {
        return compress;
    }

    public void setCompress(Boolean compress) {
        this.compress = compress;
    }

    public String getDumpDirectory() {
        return dumpDirectory;
    }

    public void setDumpDirectory(String dumpDirectory) {
        this.dumpDirectory = dumpDirectory;
    }

    public String getDumpMode() {
        return dumpMode;
    }

    public void setDumpMode(String dumpMode) {
        this.dumpMode = dumpMode;
    }

    public String getExportType() {
        return exportType;
    }

    public void setExportType(String exportType) {
        this.exportType = exportType;
    }

    public Boolean getFailOnItemFailures() {
        return failOnItemFailures;
    }

    public void setFailOnItemFailures(Boolean failOnItemFailures) {
        this.failOnItemFailures = failOnItemFailures;
    }

    public Boolean getFailOnRowFailures() {
        return failOnRowFailures;
    }

    public void setFailOnRowFailures(Boolean failOnRowFailures) {
        this.failOnRowFailures = failOnRowFailures;
    }

    public Boolean getFailOnTaskFailure() {
        return failOnTaskFailure;
    }

    public void setFailOnTaskFailure(Boolean failOnTaskFailure) {
        this.failOnTaskFailure = failOnTaskFailure;
    }

    public String getLargeRead() {
        return largeRead;
    }

    public void setLargeRead(String largeRead) {
        this.largeRead = largeRead;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public Integer getListBatchSize() {
        return listBatchSize;
    }

    public void setListBatchSize(Integer listBatchSize) {
        this.listBatchSize = listBatchSize;
    }

    public String getListWriteMode() {
        return listWriteMode;
    }

    public void setListWriteMode(String listWriteMode) {
        this.listWriteMode = listWriteMode;
    }

    public String getLocaleName() {
        return localeName;
    }

    public void setLocaleName(String localeName) {
        this.localeName = localeName;
    }

    public String getMappingParameters() {
        return mappingParameters;
    }

    public void setMappingParameters(String mappingParameters) {
        this.mappingParameters = mappingParameters;
    }

    public String getMetadataType() {
        return metadataType;
    }

    public void setMetadataType(String metadataType) {
        this.metadataType = metadataType;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getOutputFormat() {
        return outputFormat;
    }

    public void setOutputFormat(String outputFormat) {
        this.outputFormat = outputFormat;
    }

    public String getOutputPath() {
        return outputPath;
    }

    public void setOutputPath(String outputPath) {
        this.outputPath = outputPath;
    }

    public String getPageSelectors() {
        return pageSelectors;
    }

    public void setPageSelectors(String pageSelectors) {
        this.pageSelectors = pageSelectors;
    }

    public Boolean getSerializeModelTasks() {
        return serializeModelTasks;
    }

    public void setSerializeModelTasks(Boolean serializeModelTasks) {
        this.serializeModelTasks = serializeModelTasks;
    }

    public Duration getTaskTimeout() {
        return taskTimeout;
    }

    public void setTaskTimeout(Duration taskTimeout) {
        this.taskTimeout = taskTimeout;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public Boolean getWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(Boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public Integer getListBatchesInFlight() {
        return listBatchesInFlight;
    }

    public void setListBatchesInFlight(Integer listBatchesInFlight) {
        this.listBatchesInFlight = listBatchesInFlight;
    }

    public Duration getPollInitialDelay() {
        return pollInitialDelay;
    }

    public void setPollInitialDelay(Duration pollInitialDelay) {
        this.pollInitialDelay = pollInitialDelay;
    }

    public Duration getPollMaxDelay() {
        return pollMaxDelay;
    }

    public void setPollMaxDelay(Duration pollMaxDelay) {
        this.pollMaxDelay = pollMaxDelay;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public AnaplanClient getClient() {
        return client;
    }

    public void setClient(AnaplanClient client) {
        this.client = client;
    }

    public Integer getSchedulerPoolSize() {
        return schedulerPoolSize;
    }

    public void setSchedulerPoolSize(Integer schedulerPoolSize) {
        this.schedulerPoolSize = schedulerPoolSize;
    }

    public Integer getWorkerPoolSize() {
        return workerPoolSize;
    }

    public void setWorkerPoolSize(Integer workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }

    public String getAuthToken() {
        return authToken;
    }

    public void setAuthToken(String authToken) {
        this.authToken = authToken;
    }

    public String getCertificatePath() {
        return certificatePath;
    }

    public void setCertificatePath(String certificatePath) {
        this.certificatePath = certificatePath;
    }

    public String getKeyPassword() {
        return keyPassword;
    }

    public void setKeyPassword(String keyPassword) {
        this.keyPassword = keyPassword;
    }

    public String getKeyStoreAlias() {
        return keyStoreAlias;
    }

    public void setKeyStoreAlias(String keyStoreAlias) {
        this.keyStoreAlias = keyStoreAlias;
    }

    public String getKeyStorePassword() {
        return keyStorePassword;
    }

    public void setKeyStorePassword(String keyStorePassword) {
        this.keyStorePassword = keyStorePassword;
    }

    public String getKeyStorePath() {
        return keyStorePath;
    }

    public void setKeyStorePath(String keyStorePath) {
        this.keyStorePath = keyStorePath;
    }

    public String getOauthClientId() {
        return oauthClientId;
    }

    public void setOauthClientId(String oauthClientId) {
        this.oauthClientId = oauthClientId;
    }

    public String getOauthClientSecret() {
        return oauthClientSecret;
    }

    public void setOauthClientSecret(String oauthClientSecret) {
        this.oauthClientSecret = oauthClientSecret;
    }

    public String getOauthRefreshToken() {
        return oauthRefreshToken;
    }

    public void setOauthRefreshToken(String oauthRefreshToken) {
        this.oauthRefreshToken = oauthRefreshToken;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPrivateKeyPath() {
        return privateKeyPath;
    }

    public void setPrivateKeyPath(String privateKeyPath) {
        this.privateKeyPath = privateKeyPath;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCertificateDataFormat() {
        return certificateDataFormat;
    }

    public void setCertificateDataFormat(String certificateDataFormat) {
        this.certificateDataFormat = certificateDataFormat;
    }
}
