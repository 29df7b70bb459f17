package io.polydesk.persistence.ticketview;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the facet statement: {@code kind} names the facet, the other columns are that facet's own, in the
 * order {@code TicketFacetMapper.xml} lists them. Filled by MyBatis.
 */
public class FacetRow {
    String kind;
    Long ticketId;
    Long id;
    Long ref1;
    Long ref2;
    Long ref3;
    Long number1;
    Long number2;
    Boolean flag;
    String text1;
    String text2;
    String text3;
    String text4;
    String text5;
    Instant time1;
    Instant time2;
    Instant time3;
    Instant time4;
    LocalDate workDay;
}
