package io.polydesk.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.asset.AssetVendor;
import io.polydesk.domain.asset.AssetVendorRepository;
import io.polydesk.domain.asset.VendorKind;
import io.polydesk.domain.organisation.OrganisationRepository;
import io.polydesk.domain.organisation.UserGroup;
import io.polydesk.domain.shared.NameSearch;
import io.polydesk.domain.shared.NameSearch.Condition;
import io.polydesk.domain.shared.NameSearch.Op;
import io.polydesk.persistence.RepositoryTest;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Groups and manufacturers are searched by name and paged by the database, in name order. */
abstract class NameSearchPagingContract extends RepositoryTest {

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    AssetVendorRepository vendors;

    String family;

    @BeforeEach
    void threeOfEach() {
        family = unique("fam");
        for (String name : List.of("b_two", "a%one", "c three")) {
            jdbc.update(
                    "INSERT INTO user_groups (name, created_at, updated_at) VALUES (?, ?, ?)",
                    family + " " + name,
                    Timestamp.from(T0),
                    Timestamp.from(T0));
            vendors.insert(new AssetVendor(0, VendorKind.MANUFACTURER, family + " " + name, false, T0, T0));
        }
        vendors.insert(new AssetVendor(0, VendorKind.MANUFACTURER, family + " gone", true, T0, T0));
    }

    private List<String> groups(NameSearch search, long offset, int limit) {
        return organisations.pageUserGroups(search, offset, limit).stream()
                .map(UserGroup::name)
                .toList();
    }

    private List<String> manufacturers(NameSearch search, long offset, int limit) {
        return vendors.page(VendorKind.MANUFACTURER, search, offset, limit).stream()
                .map(AssetVendor::name)
                .toList();
    }

    private NameSearch all(Condition... conditions) {
        return new NameSearch(List.of(conditions), false);
    }

    @Test
    void conditionsAllHoldIgnoringCaseAndThePageIsCutInSql() {
        NameSearch mine = all(new Condition(Op.STARTS, family.toUpperCase()));
        assertThat(groups(mine, 0, 10)).containsExactly(family + " a%one", family + " b_two", family + " c three");
        assertThat(groups(mine, 1, 1)).containsExactly(family + " b_two");
        assertThat(manufacturers(mine, 0, 10))
                .as("archived manufacturers stay out")
                .containsExactly(family + " a%one", family + " b_two", family + " c three");
        assertThat(manufacturers(all(new Condition(Op.STARTS, family), new Condition(Op.NOT_CONTAINS, "two")), 0, 10))
                .containsExactly(family + " a%one", family + " c three");
        assertThat(groups(all(new Condition(Op.EQ, family + " C THREE")), 0, 10))
                .containsExactly(family + " c three");
        assertThat(groups(all(new Condition(Op.STARTS, family), new Condition(Op.NOT_EQ, family + " c three")), 0, 10))
                .containsExactly(family + " a%one", family + " b_two");
        assertThat(groups(all(new Condition(Op.STARTS, family), new Condition(Op.ENDS, "three")), 0, 10))
                .containsExactly(family + " c three");
    }

    @Test
    void wildcardsInValuesAreLiteralAndAnyConditionMayHold() {
        assertThat(groups(all(new Condition(Op.CONTAINS, family + " a%")), 0, 10))
                .containsExactly(family + " a%one");
        assertThat(groups(all(new Condition(Op.CONTAINS, family + " _")), 0, 10))
                .isEmpty();
        NameSearch either = new NameSearch(
                List.of(new Condition(Op.EQ, family + " b_two"), new Condition(Op.EQ, family + " c three")), true);
        assertThat(groups(either, 0, 10)).containsExactly(family + " b_two", family + " c three");
        assertThat(manufacturers(either, 0, 10)).containsExactly(family + " b_two", family + " c three");
    }
}
