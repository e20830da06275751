/**
 * The opening of /docs: what the service is and, since every route of a public call is only one step of
 * it, the call process in the order an adviser and a training organisation go through it.
 */
export const API_DESCRIPTION = `Event-sourced service: mandate holders, outsourcings (tenders, incentives, open offers), awards, delivery and yearly indicators. Every write is an event; errors are application/problem+json.

## The call process

1. **Template** (adviser): \`POST /templates\` holds a product's pre-structured texts, criteria and weights, lots and budgets; \`/revise\` makes a new version.
2. **Launch** (adviser): \`POST /outsourcings\` with \`templateId\` and \`offersDueOn\`; the body wins over the template, the call records the template's version.
3. **Notices**: every holder whose mandate is active on the launch day gets the call in its feed (\`GET /notices\`, mandate holder) and by mail unless it chose feed only (\`PUT /mandate-holders/{kbo}/notification-preferences\`).
4. **Offers** (mandate holder with an active mandate): \`POST /outsourcings/{id}/offers\`, one per lot, replaced or withdrawn until the deadline; sealed until then for everyone, advisers and the audit routes included (a count only).
5. **Scoring** (adviser, after the deadline): \`POST /outsourcings/{id}/offers/{offerId}/scores\`, one jury member at a time, 0 to 10 per criterion.
6. **Ranking**: \`GET /outsourcings/{id}/ranking\`, per lot by weighted score on 100, ties flagged.
7. **Award** (adviser): \`POST /outsourcings/{id}/awards\` with \`offerId\`; passing over the first-ranked offer needs a motivation; a direct award waits for the deadline (409 OFFERS_STILL_OPEN). The lot's scores close with its award.
8. **Jury report** (adviser, management, inspector): \`GET /outsourcings/{id}/jury-report\`, print-ready Dutch HTML.

Organisations without a mandate apply through \`POST /mandate-applications\` (role applicant); an adviser approves (the mandate is granted) or rejects.`;
