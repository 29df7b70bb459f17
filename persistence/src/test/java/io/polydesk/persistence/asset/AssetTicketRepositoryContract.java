package io.polydesk.persistence.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.polydesk.domain.asset.Asset;
import io.polydesk.domain.asset.AssetCatalogRepository;
import io.polydesk.domain.asset.AssetRepository;
import io.polydesk.domain.asset.AssetTicket;
import io.polydesk.domain.asset.AssetTicketRepository;
import io.polydesk.domain.shared.Role;
import io.polydesk.domain.ticket.Ticket;
import io.polydesk.domain.user.User;
import io.polydesk.persistence.RepositoryTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Links between assets and tickets, on each database. */
abstract class AssetTicketRepositoryContract extends RepositoryTest {

    @Autowired
    AssetTicketRepository links;

    @Autowired
    AssetRepository assets;

    @Autowired
    AssetCatalogRepository catalog;

    User requester;

    @BeforeEach
    void aRequester() {
        requester = newUser(Role.CUSTOMER);
    }

    private long asset() {
        return assets.insert(Asset.builder()
                .name(unique("asset"))
                .statusId(catalog.statuses().get(0).id())
                .createdAt(T0)
                .updatedAt(T0)
                .build());
    }

    private long ticket() {
        Ticket t = aTicket(requester).insert();
        return t.id();
    }

    @Test
    void linkingIsIdempotentAndUnlinkingSaysWhetherThereWasALink() {
        long asset = asset();
        long ticket = ticket();

        assertThat(links.link(asset, ticket, T0)).isTrue();
        assertThat(links.link(asset, ticket, T0.plusSeconds(1))).isFalse();
        assertThat(links.ofAssets(List.of(asset))).containsExactly(new AssetTicket(asset, ticket, T0));

        assertThat(links.unlink(asset, ticket)).isTrue();
        assertThat(links.unlink(asset, ticket)).isFalse();
        assertThat(links.ofAssets(List.of(asset))).isEmpty();
    }

    @Test
    void bothDirectionsReadManyParentsInOneQueryOldestLinkFirst() {
        long laptop = asset();
        long printer = asset();
        long first = ticket();
        long second = ticket();
        links.link(laptop, second, T0);
        links.link(laptop, first, T0.plusSeconds(2));
        links.link(printer, first, T0.plusSeconds(1));

        // laptop was inserted first, so it has the smaller id.
        assertThat(links.ofAssets(List.of(printer, laptop)))
                .extracting(AssetTicket::assetId, AssetTicket::ticketId)
                .containsExactly(tuple(laptop, second), tuple(laptop, first), tuple(printer, first));
        assertThat(links.ofTickets(List.of(first)))
                .extracting(AssetTicket::assetId)
                .containsExactly(printer, laptop);
        assertThat(links.ofTickets(List.of(first, second))).hasSize(3);
        assertThat(links.ofTickets(List.of())).isEmpty();
    }

    @Test
    void aTicketMergeMovesTheSourcesAssetsWithoutDuplicatingTheTargets() {
        long shared = asset();
        long onlySource = asset();
        long onlyTarget = asset();
        long source = ticket();
        long target = ticket();
        links.link(shared, source, T0);
        links.link(onlySource, source, T0);
        links.link(shared, target, T0);
        links.link(onlyTarget, target, T0);

        links.moveTicket(source, target);

        assertThat(links.ofTickets(List.of(source))).isEmpty();
        assertThat(links.ofTickets(List.of(target)))
                .extracting(AssetTicket::assetId)
                .containsExactlyInAnyOrder(shared, onlySource, onlyTarget);
    }
}
