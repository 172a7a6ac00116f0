package org.frontlinemap.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.frontlinemap.claims.Claim;
import org.frontlinemap.claims.Relation;
import org.junit.jupiter.api.Test;

class ClaimZoneRefinerTest {

    private static final LocalDate ARTICLE = LocalDate.parse("2017-09-25");
    private static final List<LocalDate> SNAPSHOTS = List.of(LocalDate.parse("2016-12-22"), LocalDate.parse("2017-10-20"));
    private final ClaimZoneRefiner refiner = new ClaimZoneRefiner(Shapes.gazetteer(), FactionCatalog.bundled());

    private static Claim claim(String actor, Relation rel, String place, String scope, Double share, boolean negated, boolean hedged) {
        return new Claim(actor, rel, place, scope, share, null, null, negated, hedged, 0, 10, "evidence text");
    }

    private static ClaimZoneRefiner.ClaimRecord rec(long id, long article, String source, Claim c) {
        return new ClaimZoneRefiner.ClaimRecord(id, article, source, ARTICLE, c);
    }

    @Test
    void controlsAssignsThePlaceAreaFromTheArticleDateToTheNextSnapshot() {
        ClaimZoneRefiner.Report r = refiner.refine(List.of(
                rec(1, 10, "Agency", claim("sdf", Relation.CONTROLS, "east-town", null, 0.8, false, false)),
                rec(2, 10, "Agency", claim("syrian-government", Relation.CAPTURED, "west-town", null, null, false, false))), SNAPSHOTS);
        assertThat(r.zones()).hasSize(2);
        ControlZone sdf = r.zones().get(0);
        assertThat(sdf.faction()).isEqualTo("sdf");
        assertThat(sdf.share()).isEqualTo(0.8);
        assertThat(sdf.validFrom()).isEqualTo(ARTICLE);
        assertThat(sdf.validTo()).isEqualTo(LocalDate.parse("2017-10-20"));
        assertThat(sdf.provenance().claimIds()).containsExactly(1L);
        assertThat(sdf.provenance().fromClaims()).isTrue();
        assertThat(sdf.areaKm2()).isCloseTo(Math.PI * 36, within(3.0));
        assertThat(r.zones().get(1).share()).isEqualTo(1.0);
        assertThat(r.zones().get(1).status()).isEqualTo(ZoneStatus.HELD);
    }

    @Test
    void agreedZoneOnABankIsConfinedToTheGovernorateInScope() {
        ClaimZoneRefiner.Report r = refiner.refine(List.of(rec(3, 10, "Agency",
                claim("syrian-government", Relation.AGREED_ZONE, "euphrates-west-bank", "south-governorate", null, false, false))), SNAPSHOTS);
        assertThat(r.zones()).singleElement().satisfies(z ->
                assertThat(z.areaKm2()).isCloseTo(GeodesicArea.km2(Shapes.box(36, 34, 38, 35)), within(0.5)));
    }

    @Test
    void agreedZonesDivideGroundBetweenThePartiesAndLeaveAThirdFactionsGround() {
        // that day ISIS held the eastern half of the west bank's southern part; the agreement is between two others
        ControlZone isis = Shapes.zone("isis", Shapes.box(37, 34, 38, 35), "2016-12-22", "2017-10-20");
        ControlZone sdfBefore = Shapes.zone("sdf", Shapes.box(36, 34, 37, 35), "2016-12-22", "2017-10-20");
        ClaimZoneRefiner.Report r = refiner.refine(List.of(
                rec(3, 10, "Agency", claim("syrian-government", Relation.AGREED_ZONE, "euphrates-west-bank",
                        "south-governorate", null, false, false)),
                rec(4, 10, "Agency", claim("sdf", Relation.AGREED_ZONE, "euphrates-east-bank",
                        "south-governorate", null, false, false))),
                SNAPSHOTS, day -> List.of(isis, sdfBefore));
        ControlZone west = r.zones().stream().filter(z -> z.faction().equals("syrian-government")).findFirst().orElseThrow();
        // the ISIS square is left out; the SDF's ground, held by a party to the agreement, is not
        assertThat(west.areaKm2()).isCloseTo(GeodesicArea.km2(Shapes.box(36, 34, 37, 35)), within(0.5));
        assertThat(west.geometry().intersection(isis.geometry()).getArea()).isLessThan(1e-9);
    }

    @Test
    void aPartialHoldWithoutAShareIsContestedNotHeld() {
        Claim parts = new Claim("isis", Relation.CONTROLS, "east-town", null, null, null, null, false, false, 0, 5,
                "parts of", true);
        ClaimZoneRefiner.Report r = refiner.refine(List.of(rec(7, 12, "Agency", parts)), SNAPSHOTS);
        assertThat(r.zones()).singleElement().satisfies(z -> {
            assertThat(z.status()).isEqualTo(ZoneStatus.CONTESTED);
            assertThat(z.faction()).isEqualTo("isis");
        });
    }

    @Test
    void aSmallStatedAreaDoesNotPaintAWholeRegion() {
        Claim cleared = new Claim("syrian-government", Relation.CAPTURED, "euphrates-west-bank", "south-governorate",
                null, 16.0, null, false, false, 0, 5, "cleared 16 km2");
        ClaimZoneRefiner.Report r = refiner.refine(List.of(rec(8, 13, "Agency", cleared)), SNAPSHOTS);
        assertThat(r.zones()).isEmpty();
        assertThat(r.skipped()).singleElement().asString().contains("small part");
    }

    @Test
    void alliesNamedTogetherInOneArticleAreNotAConflict() {
        ClaimZoneRefiner.Report r = refiner.refine(List.of(
                rec(5, 11, "Agency", claim("sdf", Relation.CONTROLS, "east-town", null, 0.8, false, false)),
                rec(6, 11, "Agency", claim("us-coalition", Relation.CONTROLS, "east-town", null, 0.8, false, false))),
                SNAPSHOTS);
        assertThat(r.zones()).hasSize(2).allSatisfy(z -> assertThat(z.status()).isEqualTo(ZoneStatus.HELD));
        assertThat(r.contested()).isEmpty();
    }

    @Test
    void conflictingClaimsFromDifferentSourcesAreBothKeptAsContested() {
        ClaimZoneRefiner.Report r = refiner.refine(List.of(
                rec(4, 10, "Agency A", claim("sdf", Relation.CONTROLS, "east-town", null, null, false, false)),
                rec(5, 11, "Agency B", claim("isis", Relation.CONTROLS, "east-town", null, null, false, false))), SNAPSHOTS);
        assertThat(r.zones()).extracting(ControlZone::faction).containsExactly("sdf", "isis");
        assertThat(r.zones()).allMatch(z -> z.status() == ZoneStatus.CONTESTED);
        assertThat(r.contested()).singleElement().asString().contains("east-town");
    }

    @Test
    void negatedHedgedAndNonControlClaimsAssignNothingButHedgesLowerConfidence() {
        ClaimZoneRefiner.Report r = refiner.refine(List.of(
                rec(6, 10, "A", claim("isis", Relation.CONTROLS, "west-town", null, null, true, false)),
                rec(7, 10, "A", claim("sdf", Relation.ATTACKED, "west-town", null, null, false, false)),
                rec(8, 10, "A", claim("syrian-government", Relation.CONTROLS, "east-town", null, null, false, false)),
                rec(9, 11, "B", claim("isis", Relation.CONTROLS, "east-town", null, null, false, true))), SNAPSHOTS);
        assertThat(r.zones()).singleElement().satisfies(z -> {
            assertThat(z.faction()).isEqualTo("syrian-government");
            assertThat(z.confidence()).isCloseTo(ClaimZoneRefiner.CLAIM_CONFIDENCE - ClaimZoneRefiner.HEDGED_DOUBT, within(1e-9));
        });
        assertThat(r.skipped()).hasSize(3).anyMatch(s -> s.contains("negated")).anyMatch(s -> s.contains("hedged"))
                .anyMatch(s -> s.contains("does not assign control"));
    }

    @Test
    void unknownPlacesAndFactionsAreSkippedWithAReason() {
        ClaimZoneRefiner.Report r = refiner.refine(List.of(
                rec(10, 10, "A", claim("sdf", Relation.CONTROLS, "atlantis", null, null, false, false)),
                rec(11, 10, "A", claim("martians", Relation.CONTROLS, "east-town", null, null, false, false))), SNAPSHOTS);
        assertThat(r.zones()).isEmpty();
        assertThat(r.skipped()).anyMatch(s -> s.contains("no area")).anyMatch(s -> s.contains("unknown faction"));
    }

    @Test
    void storedClaimsRefineTheStoredZonesAndTheTimelineShowsThem() throws Exception {
        DataSource ds = Shapes.database();
        ZoneStore store = new ZoneStore(ds);
        store.insert(List.of(Shapes.zone("isis", Shapes.box(38, 34, 40, 36), "2016-12-22", "2017-10-20")));
        try (Connection c = ds.getConnection()) {
            c.createStatement().executeUpdate("INSERT INTO articles (id, content_hash, source, published, body) "
                    + "VALUES (7, '" + "a".repeat(64) + "', 'Agency', DATE '2017-09-25', 'text')");
            PreparedStatement ps = c.prepareStatement("INSERT INTO claims (article_id, actor, relation, place_id, share, "
                    + "negated, hedged, start_off, end_off, evidence) VALUES (7, ?, ?, ?, NULL, FALSE, FALSE, 0, 5, 'e')");
            ps.setString(1, "sdf");
            ps.setString(2, "captured");
            ps.setString(3, "east-town");
            ps.executeUpdate();
        }
        ClaimZoneRefiner.Report r = refiner.refineStored(store);
        assertThat(r.zones()).hasSize(1);
        assertThat(r.zones().get(0).validTo()).isEqualTo(LocalDate.parse("2017-10-20"));
        ControlZoneTimeline timeline = new ControlZoneTimeline(store, Shapes.gazetteer());
        List<ControlZone> after = timeline.asOf(LocalDate.parse("2017-09-30"));
        assertThat(after).extracting(ControlZone::faction).containsExactly("isis", "sdf");
        assertThat(after.get(0).geometry().intersects(after.get(1).geometry().getInteriorPoint())).isFalse();
        assertThat(timeline.asOf(LocalDate.parse("2017-09-24"))).extracting(ControlZone::faction).containsExactly("isis");
        // running again replaces rather than duplicates
        refiner.refineStored(store);
        assertThat(store.byOrigin(Provenance.CLAIM)).hasSize(1);
    }
}
