package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.launcher.Api.Reply;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI documents and the Swagger UI page of the assembled instance: both documents parse and
 * validate, the pipeline document carries the pipeline's input schema, the key schemes and the
 * rate-limit headers; the docs page and its assets are public, the documents are not.
 */
class OpenApiIT {

    private static final String KEY = "openapi-owner-key-0123456789";
    private static final String SHOUT = """
            {"id": "shout", "name": "Shout", "version": "1.0.0", "description": "Shouts the text and counts its words.",
             "input_schema": {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                              "properties": {"text": {"type": "string"}, "note": {"type": ["string", "null"]}},
                              "required": ["text"]},
             "output_schema": {"type": "object", "properties": {"shout": {"type": "string"}, "words": {"type": "integer"}}},
             "stages": [
               {"id": "upper", "type": "text_upper", "input_mapping": {"text": "{{input.text}}"}},
               {"id": "count", "type": "word_count", "input_mapping": {"text": "{{upstream.upper.text}}"}},
               {"id": "join", "type": "concat", "input_mapping": {"parts": ["{{upstream.upper.text}}", "{{upstream.count.words}}"]}}
             ],
             "output": {"shout": "{{upstream.join.text}}", "words": "{{upstream.count.words}}"}}
            """;

    @TempDir
    static Path work;

    static int port;
    static DistributionProcess instance;
    static Api api;

    @BeforeAll
    static void start() throws Exception {
        port = Http.freePort();
        instance = DistributionProcess.startWithTestPackage(work, port, KEY);
        api = new Api(port, KEY);
        assertThat(api.post("/api/pipelines", SHOUT).status()).isEqualTo(201);
        assertThat(api.post("/api/pipelines/shout/publish", "").status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static OpenAPI parsedAndValid(Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(reply.text(), null, options);
        assertThat(result.getMessages()).as("validation messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        return result.getOpenAPI();
    }

    @Test
    void thePipelineDocumentDescribesItsRunEndpoint() throws Exception {
        OpenAPI doc = parsedAndValid(api.get("/api/pipelines/shout/openapi.json"));
        assertThat(doc.getOpenapi()).isEqualTo("3.0.3");
        assertThat(doc.getInfo().getTitle()).isEqualTo("Shout");
        assertThat(doc.getInfo().getVersion()).isEqualTo("1.0.0");

        Schema<?> input = doc.getComponents().getSchemas().get("Input");
        assertThat(input.getRequired()).containsExactly("text");
        assertThat(input.getProperties().get("note").getNullable()).isTrue();
        assertThat(doc.getPaths().get("/api/pipelines/shout/run").getPost().getRequestBody().getContent()
                .get("application/json").getSchema().get$ref()).isEqualTo("#/components/schemas/Input");

        ApiResponse ok = doc.getPaths().get("/api/pipelines/shout/run").getPost().getResponses().get("200");
        assertThat(ok.getHeaders()).containsKeys("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
        assertThat(doc.getPaths().get("/api/pipelines/shout/run").getPost().getResponses())
                .containsKeys("202", "400", "401", "403", "404", "409", "422", "429");
        SecurityScheme key = doc.getComponents().getSecuritySchemes().get("ApiKey");
        assertThat(key.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
        assertThat(key.getIn()).isEqualTo(SecurityScheme.In.HEADER);
        assertThat(key.getName()).isEqualTo("X-API-Key");
        assertThat(doc.getComponents().getSecuritySchemes().get("BearerKey").getScheme()).isEqualTo("bearer");
    }

    @Test
    void thePipelineDocumentAnswersLikeTheRunEndpoint() throws Exception {
        assertThat(api.get("/api/pipelines/nope/openapi.json").status()).isEqualTo(404);
        assertThat(api.get("/api/pipelines/shout/openapi.json?version=9.9.9").status()).isEqualTo(404);
        assertThat(api.post("/api/pipelines", SHOUT.replace("\"shout\", \"name\"", "\"hush\", \"name\"")).status()).isEqualTo(201);
        Reply unpublished = api.get("/api/pipelines/hush/openapi.json");
        assertThat(unpublished.status()).isEqualTo(409);
        assertThat(unpublished.errorCode()).isEqualTo("pipeline_not_published");
        assertThat(parsedAndValid(api.get("/api/pipelines/hush/openapi.json?version=draft")).getInfo().getVersion())
                .isEqualTo("draft");
    }

    @Test
    void theInstanceDocumentValidatesAndNeedsAKey() throws Exception {
        OpenAPI doc = parsedAndValid(api.get("/api/openapi.json"));
        assertThat(doc.getPaths()).containsKeys("/api/health", "/api/pipelines/{id}/run", "/api/runs/{run_id}/trace",
                "/api/keys", "/api/audit", "/api/usage", "/api/pipelines/{id}/limits");
        assertThat(doc.getPaths().get("/api/pipelines/{id}/limits").getPut().getRequestBody()).isNotNull();
        assertThat(doc.getComponents().getSchemas().get("PipelineLimits").getProperties()).containsKeys(
                "rate_limit_per_minute", "rate_limit_per_hour", "monthly_token_budget", "monthly_usd_budget");

        HttpResponse<String> anonymous = Http.get(port, "/api/openapi.json");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(Http.get(port, "/api/pipelines/shout/openapi.json").statusCode()).isEqualTo(401);
    }

    @Test
    void theDocsPageAndItsAssetsArePublic() throws Exception {
        HttpResponse<String> page = Http.get(port, "/api/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("/api/openapi.json", "X-API-Key");

        Matcher assets = Pattern.compile("(?:src|href)=\"(/api/docs/[^\"]+)\"").matcher(page.body());
        int checked = 0;
        while (assets.find()) {
            String asset = assets.group(1);
            HttpResponse<String> file = Http.get(port, asset);
            assertThat(file.statusCode()).as(asset).isEqualTo(200);
            String type = file.headers().firstValue("Content-Type").orElse("");
            if (asset.endsWith(".js")) {
                assertThat(type).as(asset).startsWith("text/javascript");
            } else if (asset.endsWith(".css")) {
                assertThat(type).as(asset).startsWith("text/css");
            } else if (asset.endsWith(".png")) {
                assertThat(type).as(asset).startsWith("image/png");
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
        assertThat(Http.get(port, "/api/docs/swagger-ui-bundle.js").body()).contains("SwaggerUIBundle");
        assertThat(Http.get(port, "/api/docs/nothing.js").statusCode()).isEqualTo(404);
        assertThat(Http.get(port, "/api/docs/../keys").statusCode()).isIn(400, 401, 404);
    }
}
