package io.github.camelanaplan.component;

import io.github.camelanaplan.client.AnaplanClient;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Options of an {@code anaplan:} endpoint. The component holds one instance as defaults ({@code camel.component.anaplan.*});
 * every endpoint works on its own copy, so URI options never leak between endpoints.
 */
@UriParams
public class AnaplanConfiguration implements Cloneable {

    @UriPath(enums = "import,export,process,action,upload,download,task-status,task-cancel,metadata,list-write,list-read,view-read,cell-write",
             description = "The operation to perform.")
    @Metadata(required = true)
    private String operation;

    // ---- what to act on
    @UriParam(description = "Workspace id or name. Names are matched exactly, then case-insensitively.")
    private String workspace;
    @UriParam(description = "Model id or name. Names are matched exactly, then case-insensitively.")
    private String model;
    @UriParam(description = "The import, export, process or other action to run, by id or name.")
    private String action;
    @UriParam(description = "The Anaplan file to upload into or download from, by id or name. For `import` it overrides the"
                            + " import's own source file.")
    private String file;
    @UriParam(label = "producer", enums = "workspaces,models,imports,exports,processes,actions,files,modules,views,lists",
              description = "What the `metadata` operation lists.")
    private String metadataType;

    // ---- connection
    @UriParam(label = "common,advanced", defaultValue = "https://api.anaplan.com/2/0",
              description = "Base URL of the Integration API, including /2/0. Change it for regional hosts or the simulator.")
    private String apiBaseUrl = "https://api.anaplan.com/2/0";
    @UriParam(label = "common,advanced", defaultValue = "https://auth.anaplan.com",
              description = "Base URL of the authentication service (the host of /token/authenticate).")
    private String authBaseUrl = "https://auth.anaplan.com";
    @UriParam(label = "common,advanced", defaultValue = "https://us1a.app.anaplan.com",
              description = "Base URL of the OAuth 2.0 service (the host of /oauth/token).")
    private String oauthBaseUrl = "https://us1a.app.anaplan.com";
    @UriParam(label = "common,advanced", description = "Host of an HTTP proxy.")
    private String proxyHost;
    @UriParam(label = "common,advanced", description = "Port of the HTTP proxy.")
    private Integer proxyPort;
    @UriParam(label = "common,advanced,security", secret = true, description = "User name for the HTTP proxy.")
    private String proxyUsername;
    @UriParam(label = "common,advanced,security", secret = true, description = "Password for the HTTP proxy.")
    private String proxyPassword;
    @UriParam(label = "common,security", description = "TLS settings (trust store, key store) for the connections to Anaplan."
                                                        + " Certificates are verified against the JVM's trust store by default.")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "common,advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Time to wait for a connection to open.")
    private long connectTimeout = 30_000;
    @UriParam(label = "common,advanced", defaultValue = "300000", javaType = "java.time.Duration",
              description = "Time to wait for a response once a request is sent.")
    private long responseTimeout = 300_000;

    // ---- authentication
    @UriParam(label = "security", secret = true, description = "Anaplan user (e-mail) for basic authentication.")
    private String username;
    @UriParam(label = "security", secret = true, description = "Password for basic authentication.")
    private String password;
    @UriParam(label = "security", description = "PEM file of the X.509 certificate for CA-certificate authentication.")
    private String certificatePath;
    @UriParam(label = "security", description = "PEM file (PKCS#8) of the private key that belongs to `certificatePath`.")
    private String privateKeyPath;
    @UriParam(label = "security", description = "Java key store (PKCS12 or JKS) holding the certificate and private key for"
                                                + " CA-certificate authentication; an alternative to the PEM files.")
    private String keyStorePath;
    @UriParam(label = "security", secret = true, description = "Password of `keyStorePath` (and of its key unless `keyPassword` is set).")
    private String keyStorePassword;
    @UriParam(label = "security", description = "Alias of the key entry in `keyStorePath`; the first key entry when not set.")
    private String keyStoreAlias;
    @UriParam(label = "security", secret = true, description = "Password of the private key, where it differs from the key store's.")
    private String keyPassword;
    @UriParam(label = "security,advanced", defaultValue = "v2", enums = "v1,v2",
              description = "Format of the signed data sent for CA-certificate authentication.")
    private String certificateDataFormat = "v2";
    @UriParam(label = "security", description = "OAuth 2.0 client id, for the refresh-token grant.")
    private String oauthClientId;
    @UriParam(label = "security", secret = true, description = "OAuth 2.0 client secret (authorization-code clients only).")
    private String oauthClientSecret;
    @UriParam(label = "security", secret = true, description = "OAuth 2.0 refresh token. With rotating clients the component"
                                                                + " keeps the newest one in memory.")
    private String oauthRefreshToken;
    @UriParam(label = "security", secret = true, description = "A ready-made Anaplan token, for routes that obtain it elsewhere."
                                                                + " It is not refreshed.")
    private String authToken;

    // ---- transfer
    @UriParam(label = "producer", defaultValue = "8388608",
              description = "Size of the chunks files are cut into for upload, in bytes: 1048576 (1 MB) to 52428800 (50 MB).")
    private int chunkSize = 8 * 1024 * 1024;
    @UriParam(label = "producer", defaultValue = "true", description = "Whether to gzip chunks on upload.")
    private boolean compress = true;
    @UriParam(label = "producer", defaultValue = "4",
              description = "How many chunks travel at once on upload and download (1 to 32). Memory use is about chunkSize times this.")
    private int chunksInFlight = 4;

    // ---- tasks
    @UriParam(label = "producer", defaultValue = "true",
              description = "Whether task-starting operations wait for the task to end. When false, the exchange completes at once"
                            + " with the task id in the `CamelAnaplanTaskId` header.")
    private boolean waitForCompletion = true;
    @UriParam(label = "producer", defaultValue = "3600000", javaType = "java.time.Duration",
              description = "How long to wait for a task before failing the exchange.")
    private long taskTimeout = 3_600_000;
    @UriParam(label = "producer", defaultValue = "false", description = "Whether to cancel a task that outlives `taskTimeout`.")
    private boolean cancelOnTimeout;
    @UriParam(label = "producer,advanced", defaultValue = "250", javaType = "java.time.Duration",
              description = "First delay before asking for a task's status; later delays grow up to `pollMaxDelay`.")
    private long pollInitialDelay = 250;
    @UriParam(label = "producer,advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Longest delay between two status requests for one task.")
    private long pollMaxDelay = 30_000;
    @UriParam(label = "producer", defaultValue = "en_US", description = "Locale sent with every task start.")
    private String localeName = "en_US";
    @UriParam(label = "producer", description = "Mapping parameters (prompts) for imports and processes, as"
                                               + " `entityType=entityName` pairs separated by commas, e.g. `Version=Actual`.")
    private String mappingParameters;
    @UriParam(label = "producer", defaultValue = "true",
              description = "Whether a task that ends unsuccessfully or is cancelled fails the exchange with an"
                            + " AnaplanTaskFailedCamelException carrying the task status.")
    private boolean failOnTaskFailure = true;
    @UriParam(label = "producer", defaultValue = "false",
              description = "Whether an import that rejected any row fails the exchange, even when Anaplan calls the task successful.")
    private boolean failOnRowFailures;
    @UriParam(label = "producer", defaultValue = "NONE", enums = "NONE,HEADER,FILE",
              description = "Where to put the failure dump of an import or process: nowhere, as a stream in the"
                            + " `CamelAnaplanDump` header, or as files under `dumpDirectory`.")
    private String dumpMode = "NONE";
    @UriParam(label = "producer", description = "Directory for failure dumps when dumpMode=FILE.")
    private String dumpDirectory;
    @UriParam(label = "producer", defaultValue = "true",
              description = "Whether tasks on one model run one after another inside this application, instead of surfacing"
                            + " Anaplan's model-busy answers.")
    private boolean serializeModelTasks = true;

    // ---- client
    @UriParam(label = "advanced",
              description = "A ready AnaplanClient to use instead of building one from the connection and credential options."
                            + " The component does not close it; the connection, credential, transfer and poll options must"
                            + " then be left unset.")
    private AnaplanClient client;

    // ---- export / download
    @UriParam(label = "producer", description = "Write the export or download to this file instead of returning a stream.")
    private String outputPath;

    public String getOperation() {
        return operation;
    }

    /**
     * The operation to perform.
     */
    public void setOperation(String operation) {
        this.operation = operation;
    }

    /** The operation as an enum; validated when the endpoint starts. */
    public AnaplanOperation getOperationType() {
        return AnaplanOperation.fromName(operation);
    }

    public String getWorkspace() {
        return workspace;
    }

    public void setWorkspace(String workspace) {
        this.workspace = workspace;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getFile() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }

    public String getMetadataType() {
        return metadataType;
    }

    public void setMetadataType(String metadataType) {
        this.metadataType = metadataType;
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

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCertificatePath() {
        return certificatePath;
    }

    public void setCertificatePath(String certificatePath) {
        this.certificatePath = certificatePath;
    }

    public String getPrivateKeyPath() {
        return privateKeyPath;
    }

    public void setPrivateKeyPath(String privateKeyPath) {
        this.privateKeyPath = privateKeyPath;
    }

    public String getKeyStorePath() {
        return keyStorePath;
    }

    public void setKeyStorePath(String keyStorePath) {
        this.keyStorePath = keyStorePath;
    }

    public String getKeyStorePassword() {
        return keyStorePassword;
    }

    public void setKeyStorePassword(String keyStorePassword) {
        this.keyStorePassword = keyStorePassword;
    }

    public String getKeyStoreAlias() {
        return keyStoreAlias;
    }

    public void setKeyStoreAlias(String keyStoreAlias) {
        this.keyStoreAlias = keyStoreAlias;
    }

    public String getKeyPassword() {
        return keyPassword;
    }

    public void setKeyPassword(String keyPassword) {
        this.keyPassword = keyPassword;
    }

    public String getCertificateDataFormat() {
        return certificateDataFormat;
    }

    public void setCertificateDataFormat(String certificateDataFormat) {
        this.certificateDataFormat = certificateDataFormat;
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

    public String getAuthToken() {
        return authToken;
    }

    public void setAuthToken(String authToken) {
        this.authToken = authToken;
    }

    public int getChunkSize() {
        return chunkSize;
    }

    public void setChunkSize(int chunkSize) {
        this.chunkSize = chunkSize;
    }

    public boolean isCompress() {
        return compress;
    }

    public void setCompress(boolean compress) {
        this.compress = compress;
    }

    public int getChunksInFlight() {
        return chunksInFlight;
    }

    public void setChunksInFlight(int chunksInFlight) {
        this.chunksInFlight = chunksInFlight;
    }

    public boolean isWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public long getTaskTimeout() {
        return taskTimeout;
    }

    public void setTaskTimeout(long taskTimeout) {
        this.taskTimeout = taskTimeout;
    }

    public boolean isCancelOnTimeout() {
        return cancelOnTimeout;
    }

    public void setCancelOnTimeout(boolean cancelOnTimeout) {
        this.cancelOnTimeout = cancelOnTimeout;
    }

    public long getPollInitialDelay() {
        return pollInitialDelay;
    }

    public void setPollInitialDelay(long pollInitialDelay) {
        this.pollInitialDelay = pollInitialDelay;
    }

    public long getPollMaxDelay() {
        return pollMaxDelay;
    }

    public void setPollMaxDelay(long pollMaxDelay) {
        this.pollMaxDelay = pollMaxDelay;
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

    public boolean isFailOnTaskFailure() {
        return failOnTaskFailure;
    }

    public void setFailOnTaskFailure(boolean failOnTaskFailure) {
        this.failOnTaskFailure = failOnTaskFailure;
    }

    public boolean isFailOnRowFailures() {
        return failOnRowFailures;
    }

    public void setFailOnRowFailures(boolean failOnRowFailures) {
        this.failOnRowFailures = failOnRowFailures;
    }

    public String getDumpMode() {
        return dumpMode;
    }

    public void setDumpMode(String dumpMode) {
        this.dumpMode = dumpMode;
    }

    public String getDumpDirectory() {
        return dumpDirectory;
    }

    public void setDumpDirectory(String dumpDirectory) {
        this.dumpDirectory = dumpDirectory;
    }

    public boolean isSerializeModelTasks() {
        return serializeModelTasks;
    }

    public void setSerializeModelTasks(boolean serializeModelTasks) {
        this.serializeModelTasks = serializeModelTasks;
    }

    public String getOutputPath() {
        return outputPath;
    }

    public void setOutputPath(String outputPath) {
        this.outputPath = outputPath;
    }

    public AnaplanClient getClient() {
        return client;
    }

    public void setClient(AnaplanClient client) {
        this.client = client;
    }

    // ---- transactional API (list-write, list-read, view-read, cell-write): fields and accessors kept together
    @UriParam(label = "producer",
              description = "List id or name for `list-write` and `list-read`; the `CamelAnaplanList` header overrides it.")
    private String list;
    @UriParam(label = "producer",
              description = "Module id or name for `cell-write`; the `CamelAnaplanModule` header overrides it.")
    private String module;
    @UriParam(label = "producer",
              description = "View id or name for `view-read` (a module id or name reads its default view); the `CamelAnaplanView` header overrides it.")
    private String view;
    @UriParam(label = "producer", defaultValue = "upsert", enums = "add,update,upsert,delete",
              description = "What `list-write` does with each entry: `add`, `update`, `upsert` (update by code, else name; add the rest) or `delete`. The `CamelAnaplanListWriteMode` header overrides it.")
    private String listWriteMode = "upsert";
    @UriParam(label = "producer", defaultValue = "10000",
              description = "List entries per request for `list-write` (1 to 100,000). Memory is bounded by one batch more than listBatchesInFlight.")
    private int listBatchSize = 10_000;
    @UriParam(label = "producer,advanced", defaultValue = "2",
              description = "List write requests sent concurrently (1 to 16). Anaplan applies a model's writes one at a time, so more than a few only queue.")
    private int listBatchesInFlight = 2;
    @UriParam(label = "producer", defaultValue = "1000",
              description = "Cells per request for `cell-write` (1 to 100,000; Anaplan documents 1,000).")
    private int cellsPerRequest = 1_000;
    @UriParam(label = "producer", defaultValue = "false",
              description = "Whether `list-write` and `cell-write` fail the exchange with an AnaplanItemFailuresException when Anaplan rejects entries. When false the failures are in the result body and the failed-count header.")
    private boolean failOnItemFailures = false;
    @UriParam(label = "producer", defaultValue = "list", enums = "list,json,csv",
              description = "Body of `list-read` and `view-read`: `list` (a List of Maps), `json` (a JSON array as text) or `csv` (an InputStream, closed when the exchange completes).")
    private String outputFormat = "list";
    @UriParam(label = "producer", defaultValue = "auto", enums = "auto,always,never",
              description = "Whether `list-read` and `view-read` use a large-volume read request (streamed CSV pages; needs the workspace administrator role): `always`, `never`, or `auto` (lists: when the list holds more than 1,000,000 items; views: never).")
    private String largeRead = "auto";
    @UriParam(label = "producer",
              description = "Pages of the view to read with `view-read`, as `Dimension:Item` pairs separated by commas; dimensions and items by name, id (or item code). The `CamelAnaplanPageSelectors` header overrides it.")
    private String pageSelectors;
    @UriParam(label = "producer", defaultValue = "TABULAR_MULTI_COLUMN", enums = "TABULAR_MULTI_COLUMN,TABULAR_SINGLE_COLUMN,GRID_ALL_PAGES",
              description = "Layout of a large `view-read`: `TABULAR_MULTI_COLUMN`, `TABULAR_SINGLE_COLUMN` or `GRID_ALL_PAGES`.")
    private String exportType = "TABULAR_MULTI_COLUMN";

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getListWriteMode() {
        return listWriteMode;
    }

    public void setListWriteMode(String listWriteMode) {
        this.listWriteMode = listWriteMode;
    }

    public int getListBatchSize() {
        return listBatchSize;
    }

    public void setListBatchSize(int listBatchSize) {
        this.listBatchSize = listBatchSize;
    }

    public int getListBatchesInFlight() {
        return listBatchesInFlight;
    }

    public void setListBatchesInFlight(int listBatchesInFlight) {
        this.listBatchesInFlight = listBatchesInFlight;
    }

    public int getCellsPerRequest() {
        return cellsPerRequest;
    }

    public void setCellsPerRequest(int cellsPerRequest) {
        this.cellsPerRequest = cellsPerRequest;
    }

    public boolean isFailOnItemFailures() {
        return failOnItemFailures;
    }

    public void setFailOnItemFailures(boolean failOnItemFailures) {
        this.failOnItemFailures = failOnItemFailures;
    }

    public String getOutputFormat() {
        return outputFormat;
    }

    public void setOutputFormat(String outputFormat) {
        this.outputFormat = outputFormat;
    }

    public String getLargeRead() {
        return largeRead;
    }

    public void setLargeRead(String largeRead) {
        this.largeRead = largeRead;
    }

    public String getPageSelectors() {
        return pageSelectors;
    }

    public void setPageSelectors(String pageSelectors) {
        this.pageSelectors = pageSelectors;
    }

    public String getExportType() {
        return exportType;
    }

    public void setExportType(String exportType) {
        this.exportType = exportType;
    }

    // ---- end of the transactional API block

    /** A copy for one endpoint, so its URI options do not change the component's defaults. */
    public AnaplanConfiguration copy() {
        try {
            return (AnaplanConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
