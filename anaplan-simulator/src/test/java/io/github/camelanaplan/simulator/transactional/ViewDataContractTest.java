package io.github.camelanaplan.simulator.transactional;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelanaplan.simulator.AnaplanSimulator;
import io.github.camelanaplan.simulator.junit.AnaplanSimulatorExtension;
import io.github.camelanaplan.simulator.state.Dimensions;
import io.github.camelanaplan.simulator.state.Model;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * View data as CSV grid and format=v1 JSON. The demo's Sales module default view: rows Products and Line
 * Items, columns Time, pages Regions and Versions; the saved view Revenue by Region: rows Regions, columns
 * Time, pages Versions, Products and Line Items (Revenue only). Seeded: P001 North America Actual Units 5, 8,
 * 11...; Price 9.5, 10, 10.5...; Revenue = Units x Price.
 */
class ViewDataContractTest {

    @RegisterExtension
    static final AnaplanSimulatorExtension SIMULATOR = AnaplanSimulatorExtension.withDefaults();

    @AfterEach
    void resetLimits(AnaplanSimulator sim) {
        sim.service(TransactionalSettings.class).orElseThrow().reset();
    }

    private static String item(Model model, String list, String code) {
        return model.lists().byName(list).orElseThrow().store().byCode(code).orElseThrow().id();
    }

    private static String version(Model model, String name) {
        return model.versions().itemByName(name).orElseThrow().id();
    }

    @Test
    void defaultViewAsCsvGrid(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String sales = demo.moduleId("Sales");

        HttpResponse<byte[]> response = demo.get(demo.direct("/views/" + sales + "/data"), "Accept", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = Calls.text(response).lines().toList();
        assertThat(lines.get(0)).isEqualTo("North America,Actual");
        assertThat(lines.get(1)).isEqualTo(",,Jan 26,Feb 26,Mar 26,Apr 26,May 26,Jun 26,Jul 26,Aug 26,Sep 26,Oct 26,"
                + "Nov 26,Dec 26");
        assertThat(lines.get(2)).startsWith("Product 001,Units,5,8,11,");
        assertThat(lines.get(3)).startsWith("Product 001,Price,9.5,10,10.5,");
        assertThat(lines.get(4)).startsWith("Product 001,Revenue,47.5,80,115.5,");
        assertThat(lines.get(5)).isEqualTo("Product 001,Comment,Launch month,,,,,,,,,,,");
        assertThat(lines.get(2 + 4 * 40)).isEqualTo("Product 041,Units,0,0,0,0,0,0,0,0,0,0,0,0");
        assertThat(lines).hasSize(2 + 300 * 4);
    }

    @Test
    void workspaceFormAndNoAcceptHeaderGiveTheSameCsv(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String sales = demo.moduleId("Sales");

        String direct = Calls.text(demo.get(demo.direct("/views/" + sales + "/data"), "Accept", "text/csv"));
        String nested = Calls.text(demo.get(demo.nested("/views/" + sales + "/data")));

        assertThat(nested).isEqualTo(direct);
    }

    @Test
    void pageSelectorsInOneOrRepeatedParameters(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        Model model = demo.model();
        String view = demo.viewId("Sales.Revenue by Region");
        String products = demo.listId("Products");
        String p002 = item(model, "Products", "P002");
        String actual = version(model, "Actual");
        String forecast = version(model, "Forecast");

        String combined = Calls.text(demo.get(demo.direct("/views/" + view + "/data?pages=" + Dimensions.VERSIONS_ID
                + ":" + actual + "," + products + ":" + p002), "Accept", "text/csv"));
        String repeated = Calls.text(demo.get(demo.direct("/views/" + view + "/data?pages=" + Dimensions.VERSIONS_ID
                + ":" + actual + "&pages=" + products + ":" + p002), "Accept", "text/csv"));
        List<String> forecastLines = Calls.text(demo.get(demo.direct("/views/" + view + "/data?pages="
                + Dimensions.VERSIONS_ID + ":" + forecast))).lines().toList();

        assertThat(repeated).isEqualTo(combined);
        List<String> lines = combined.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Actual,Product 002,Revenue");
        assertThat(lines.get(1)).startsWith(",Jan 26,Feb 26,");
        assertThat(lines.get(2)).startsWith("North America,");
        assertThat(lines).hasSize(2 + 8);
        assertThat(forecastLines.get(0)).isEqualTo("Forecast,Product 001,Revenue");
        assertThat(forecastLines.get(2)).isEqualTo("North America,0,0,0,0,0,0,0,0,0,0,0,0");
    }

    @Test
    void invalidPageSelectorsAre400(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String view = demo.viewId("Sales.Revenue by Region");
        String regions = demo.listId("Regions");
        String na = item(demo.model(), "Regions", "NA");

        Calls.error(demo.get(demo.direct("/views/" + view + "/data?pages=" + regions + ":" + na)), 400,
                "Invalid page selector [" + regions + "]");
        Calls.error(demo.get(demo.direct("/views/" + view + "/data?pages=" + Dimensions.VERSIONS_ID + ":999")), 400,
                "Invalid page selector [" + Dimensions.VERSIONS_ID + ":999]");
        Calls.error(demo.get(demo.direct("/views/" + view + "/data?pages=garbage")), 400,
                "Invalid page selector [garbage]");
    }

    @Test
    void jsonWithFormatV1(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        Model model = demo.model();
        String sales = demo.moduleId("Sales");
        String weu = item(model, "Regions", "WEU");

        JsonNode body = demo.getOk(demo.nested("/views/" + sales + "/data?format=v1&pages=" + demo.listId("Regions")
                + ":" + weu), "Accept", "application/json");

        assertThat(ListReadContractTest.fieldNames(body)).containsExactly("pages", "columnCoordinates", "rows");
        assertThat(body.get("pages")).extracting(JsonNode::asText).containsExactly("Western Europe", "Actual");
        assertThat(body.get("columnCoordinates")).hasSize(12);
        assertThat(body.get("columnCoordinates").get(0)).extracting(JsonNode::asText).containsExactly("Jan 26");
        JsonNode row = body.get("rows").get(0);
        assertThat(ListReadContractTest.fieldNames(row)).containsExactly("rowCoordinates", "cells");
        assertThat(row.get("rowCoordinates")).extracting(JsonNode::asText).containsExactly("Product 001", "Units");
        assertThat(row.get("cells")).hasSize(12);
        assertThat(row.get("cells").get(0).isTextual()).isTrue();
        assertThat(body.get("rows")).hasSize(1200);
    }

    @Test
    void jsonNeedsFormatV1ElseCsv(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);

        HttpResponse<byte[]> response = demo.get(demo.direct("/views/" + demo.moduleId("Sales") + "/data"),
                "Accept", "application/json");

        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    }

    @Test
    void escapedCsvQuotesText(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);

        List<String> lines = Calls.text(demo.get(demo.direct("/views/" + demo.moduleId("Sales") + "/data"),
                "Accept", "text/csv;escaped=true")).lines().toList();

        assertThat(lines.get(0)).isEqualTo("\"North America\",\"Actual\"");
        assertThat(lines.get(1)).startsWith(",,\"Jan 26\",");
        assertThat(lines.get(2)).startsWith("\"Product 001\",\"Units\",5,8,");
    }

    @Test
    void lineItemViewShowsThatLineItem(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String units = demo.model().modules().byName("Sales").orElseThrow().lineItem("Units").orElseThrow().id();

        List<String> lines = Calls.text(demo.get(demo.direct("/views/" + units + "/data"))).lines().toList();

        assertThat(lines.get(0)).isEqualTo("North America,Actual");
        assertThat(lines.get(2)).startsWith("Product 001,5,8,11,");
    }

    @Test
    void moreCellsThanTheLimitIs400(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        sim.service(TransactionalSettings.class).orElseThrow().update(l -> l.withMaxViewCells(14_399));

        HttpResponse<byte[]> tooBig = demo.get(demo.direct("/views/" + demo.moduleId("Sales") + "/data"));
        HttpResponse<byte[]> small = demo.get(demo.direct("/views/" + demo.viewId("Sales.Revenue by Region")
                + "/data"));

        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(Calls.text(tooBig)).contains("14,400 cells");
        assertThat(small.statusCode()).isEqualTo(200);
    }

    @Test
    void exportTypeGivesTabularLayouts(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);
        String view = demo.viewId("Sales.Revenue by Region");
        String sales = demo.moduleId("Sales");

        List<String> multi = Calls.text(demo.get(demo.direct("/views/" + view
                + "/data?exportType=TABULAR_MULTI_COLUMN&moduleId=" + sales))).lines().toList();
        List<String> single = Calls.text(demo.get(demo.direct("/views/" + sales
                + "/data?exportType=TABULAR_SINGLE_COLUMN&moduleId=" + sales))).lines().toList();

        assertThat(multi.get(0)).isEqualTo("Products,Regions,Time,Versions,Revenue");
        assertThat(multi.get(1)).isEqualTo("Product 001,North America,Jan 26,Actual,47.5");
        assertThat(multi).hasSize(1 + 300 * 8 * 12 * 2);
        assertThat(single.get(0)).isEqualTo("Products,Regions,Time,Versions,Line Items,Value");
        assertThat(single.subList(1, 5)).containsExactly("Product 001,North America,Jan 26,Actual,Units,5",
                "Product 001,North America,Jan 26,Actual,Price,9.5",
                "Product 001,North America,Jan 26,Actual,Revenue,47.5",
                "Product 001,North America,Jan 26,Actual,Comment,Launch month");
        assertThat(demo.get(demo.direct("/views/" + view + "/data?exportType=TABULAR_MULTI_COLUMN")).statusCode())
                .isEqualTo(400);
        assertThat(demo.get(demo.direct("/views/" + view + "/data?exportType=PIVOT")).statusCode()).isEqualTo(400);
    }

    @Test
    void unknownViewIs404AndNoAccessIsMasked(AnaplanSimulator sim) {
        Calls demo = Calls.demo(sim);

        Calls.error(demo.get(demo.direct("/views/102999999999/data")), 404, "Not Found");
        Calls.error(Calls.outsider(sim).get(demo.direct("/views/" + demo.moduleId("Sales") + "/data")), 404,
                "Not Found");
        assertThat(Calls.viewer(sim).get(demo.direct("/views/" + demo.moduleId("Sales") + "/data")).statusCode())
                .isEqualTo(200);
    }
}
