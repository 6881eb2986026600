package dev.tiac.query.source;

import dev.tiac.providers.cas.CasClient;
import dev.tiac.providers.cas.CasException;
import dev.tiac.providers.cas.CasPage;
import dev.tiac.providers.cas.Mail;
import dev.tiac.providers.cas.SweepQuery;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The sweep over {@link CasClient}; pacing to 20 a minute is the client's own. */
public final class CasMailSource implements MailSource {
  private final CasClient client;

  public CasMailSource(CasClient client) {
    this.client = client;
  }

  @Override
  public Stream<List<SweptMail>> sweep(Map<String, String> filters) {
    Iterator<CasPage<Mail>> pages = client.sweepMails(new SweepQuery(filters)).iterator();
    Iterator<List<SweptMail>> mapped = new Iterator<>() {
      @Override
      public boolean hasNext() {
        try {
          return pages.hasNext();
        } catch (CasException e) {
          throw explain(e);
        }
      }

      @Override
      public List<SweptMail> next() {
        try {
          return pages.next().items().stream().map(CasMailSource::mail).toList();
        } catch (CasException e) {
          throw explain(e);
        }
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(mapped, Spliterator.ORDERED), false);
  }

  /** A refused sweep: 401/403 say the token or its API type is missing, not that there is no mail. */
  private static RuntimeException explain(CasException e) {
    int status = e.status().orElse(0);
    return status == 401 || status == 403
        ? new SourceFailure(Service.CLOUD_APP_SECURITY, true, e.getMessage(), e) : e;
  }

  private static SweptMail mail(Mail m) {
    return new SweptMail(m.uniqueId(), m.messageId(), m.mailbox(), m.sender(), m.recipients(),
        m.subject(), delivered(m), m.attachments().stream()
            .map(a -> new SweptMail.Attachment(a.fileName(), a.sha1())).toList(),
        m.urls(), m.sourceIp(), m.sourceDomain());
  }

  private static Instant delivered(Mail m) {
    try {
      return Instant.parse(m.deliveryTime());
    } catch (DateTimeParseException e) {
      throw new SourceFailure(Service.CLOUD_APP_SECURITY, false, "the sweep returned mail "
          + m.messageId() + " with delivery time \"" + m.deliveryTime()
          + "\", which is not an ISO 8601 instant; it cannot be joined by time", e);
    }
  }
}
