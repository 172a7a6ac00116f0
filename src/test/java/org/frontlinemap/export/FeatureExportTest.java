package org.frontlinemap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class FeatureExportTest {

    static final String ZONES = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[38,35],[39,35],[39,36],[38,36],[38,35]]]},
              "properties":{"faction":"sdf","nameEn":"SDF <& co>","share":0.8,"style":{"color":"#DDCC77"}}},
             {"type":"Feature","geometry":{"type":"Point","coordinates":[40.14,35.33]},
              "properties":{"id":"deir-ez-zor","nameEn":"Deir ez-Zor","nameAr":"دير الزور"}}]}""";

    @Test
    void kmlIsWellFormedAndKeepsPropertiesAsText() throws Exception {
        String kml = FeatureExport.write(ZONES, FeatureExport.Format.KML);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(kml)));
        assertThat(doc.getElementsByTagName("Placemark").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("Polygon").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("name").item(1).getTextContent()).isEqualTo("SDF <& co>");
        assertThat(kml).contains("دير الزور");
    }

    @Test
    void csvHasOneRowPerFeatureWithWkt() throws Exception {
        String csv = FeatureExport.write(ZONES, FeatureExport.Format.CSV);
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        CSVRecord zone = records.get(0);
        assertThat(zone.get("faction")).isEqualTo("sdf");
        assertThat(zone.get("share")).isEqualTo("0.8");
        assertThat(new WKTReader().read(zone.get("wkt")).getArea()).isEqualTo(1.0);
        assertThat(records.get(1).get("nameAr")).isEqualTo("دير الزور");
        assertThat(csv).doesNotContain("\"style\"");
    }

    @Test
    void mergeTagsFeaturesWithTheirLayer() {
        Map<String, String> layers = new LinkedHashMap<>();
        layers.put("zones", ZONES);
        layers.put("places", "{\"type\":\"FeatureCollection\",\"features\":[]}");
        String merged = FeatureExport.merge(layers);
        assertThat(merged).contains("\"layer\":\"zones\"");
        assertThat(FeatureExport.write(merged, FeatureExport.Format.CSV).lines().count()).isEqualTo(3);
    }

    @Test
    void rejectsWhatIsNotAFeatureCollection() {
        assertThatThrownBy(() -> FeatureExport.write("{\"type\":\"Point\"}", FeatureExport.Format.KML))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeatureExport.write("{oops", FeatureExport.Format.CSV))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed");
    }
}
