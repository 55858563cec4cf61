import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportQuerySchema } from '../../../shared/manage';
import { scopeOf, type Principal } from '../../auth/session';
import type { AppContext } from '../../context';
import { bytes, error } from '../../http/responses';
import { writeAudit } from '../../repositories/audit';
import { csvRow, UTF8_BOM } from '../../services/csv';
import { exportColumns, exportRecord, exportRows } from '../../services/export-rows';
import { toRepositoryFilters } from '../../services/inbox-filters';

// Exports of the caller's quarters with the inbox filters. Every export is audit-logged with whether
// contact data left the server. Rows are streamed page by page, so a large export does not sit in memory.

type ExportQuery = z.output<typeof exportQuerySchema>;

const declare = (summary: string, download: ReturnType<typeof bytes>) => ({
  config: { access: 'signed-in' as const },
  schema: { summary, querystring: exportQuerySchema, response: { 200: download, 400: error('Invalid filter') } },
});

export function manageExportRoutes(ctx: AppContext) {
  const prepare = async (principal: Principal, query: ExportQuery, format: 'csv' | 'geojson') => {
    const { includeContact, ...filter } = query;
    await writeAudit(ctx.db, { userId: principal.user.id, action: 'export', detail: { format, includeContact, filter } });
    return { scope: scopeOf(principal), filters: toRepositoryFilters(filter, ctx.catalog), includeContact };
  };
  const filename = (ext: string) => `quartiersstimme-export-${new Date().toISOString().slice(0, 10)}.${ext}`;

  return async (app: FastifyInstance) => {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    routes.get(
      '/export.csv',
      declare(
        'The filtered items of the caller’s quarters as CSV (UTF-8 with BOM, `;`), streamed; audit-logged',
        bytes('A download (Content-Disposition: attachment)', ['text/csv']),
      ),
      async (request, reply) => {
        const { scope, filters, includeContact } = await prepare(request.principal, request.query, 'csv');
        const columns = exportColumns(includeContact);
        async function* lines() {
          yield UTF8_BOM + csvRow(columns);
          for await (const row of exportRows(ctx.db, scope, filters)) {
            const record = exportRecord(row, ctx.catalog, includeContact);
            yield csvRow(columns.map((c) => record[c]));
          }
        }
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${filename('csv')}"`)
          .header('cache-control', 'no-store')
          .send(Readable.from(lines()));
      },
    );

    routes.get(
      '/export.geojson',
      declare(
        'The filtered items with a location as a GeoJSON FeatureCollection, streamed; audit-logged',
        bytes(
          'A download (Content-Disposition: attachment); items without a location are left out',
          ['application/geo+json'],
          z.looseObject({ type: z.literal('FeatureCollection'), features: z.array(z.looseObject({ type: z.literal('Feature') })) }),
        ),
      ),
      async (request, reply) => {
        const { scope, filters, includeContact } = await prepare(request.principal, request.query, 'geojson');
        async function* chunks() {
          yield '{"type":"FeatureCollection","features":[';
          let first = true;
          for await (const row of exportRows(ctx.db, scope, filters)) {
            const { lat, lng, ...properties } = exportRecord(row, ctx.catalog, includeContact);
            // Only items with a location are features; the CSV has the rest.
            if (typeof lat !== 'number' || typeof lng !== 'number') continue;
            const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties };
            yield `${first ? '' : ','}${JSON.stringify(feature)}`;
            first = false;
          }
          yield ']}';
        }
        return reply
          .header('content-type', 'application/geo+json; charset=utf-8')
          .header('content-disposition', `attachment; filename="${filename('geojson')}"`)
          .header('cache-control', 'no-store')
          .send(Readable.from(chunks()));
      },
    );
  };
}
