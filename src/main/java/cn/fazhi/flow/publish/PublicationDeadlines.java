package cn.fazhi.flow.publish;

import java.util.Optional;

/**
 * Where another feature (the yearly campaign) sets the publication deadline of a county's reports for a year. Without
 * such a bean, or when it has none for the year, the deadline is 1 April of the year after the report year.
 */
public interface PublicationDeadlines {

    Optional<java.time.LocalDate> deadline(long countyId, int year);
}
