import type { ApiOrder } from '../api/api-types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCatalogIfLoaded } from '../session/reference-data.js';

/** The order's data as stored: customer (masked where the reader does not need it), vehicle, prices, deposit, plan. */
export function OrderDetails({ order }: { readonly order: ApiOrder }) {
  const { t, money, dateTime, date } = useI18n();
  const catalog = useCatalogIfLoaded();
  const model = catalog?.models.find((candidate) => candidate.code === order.vehicle.model);
  const trim = model?.trims.find((candidate) => candidate.code === order.vehicle.trim);
  const optionNames = order.vehicle.options.map(
    (code) => model?.options.find((option) => option.code === code)?.name ?? code,
  );
  const none = t('order.none');
  const rows: [string, string][] = [
    [t('order.customer'), order.customer.name],
    [t('order.phone'), order.customer.phone],
    [t('order.idNumber'), `${t(`form.idType.${order.customer.idType}`)} ${order.customer.idNumber}`],
    [t('order.vehicle'), `${model?.name ?? order.vehicle.model} · ${trim?.name ?? order.vehicle.trim}`],
    [t('order.options'), optionNames.join(', ') || none],
    [t('order.listPrice'), money(order.listPriceCents)],
    [t('order.lockedPrice'), order.lockedPriceCents === null ? none : money(order.lockedPriceCents)],
    [t('order.price'), money(order.priceCents)],
    [
      t('order.deposit'),
      t('order.depositPaid', {
        amount: money(order.deposit.amountCents),
        at: dateTime(order.deposit.paidAt),
        reference: order.deposit.reference,
      }),
    ],
    [t('order.dealer'), `${order.dealerCode} · ${order.region}`],
    [t('order.quota'), order.quota ? `${order.quota.region} ${order.quota.month} ${order.quota.model}` : none],
    [
      t('order.slot'),
      order.productionSlot
        ? t('order.slotText', {
            plant: order.productionSlot.plant,
            date: date(order.productionSlot.buildDate),
            sequence: order.productionSlot.sequence,
          })
        : none,
    ],
    [t('order.vin'), order.vin ?? none],
    [t('order.eta'), order.eta ? date(order.eta) : none],
  ];
  if (order.special) rows.push([t('order.special'), order.special.reason]);
  if (order.sla) {
    rows.push([
      t('order.sla'),
      order.sla.breached ? `${dateTime(order.sla.deadline)} · ${t('order.slaBreached')}` : dateTime(order.sla.deadline),
    ]);
  }
  return (
    <section className="card" aria-label={t('order.vehicle')}>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {order.trackingUrl && (
          <div>
            <dt>{t('order.tracking')}</dt>
            <dd>
              <a href={order.trackingUrl} target="_blank" rel="noreferrer">
                {order.trackingUrl}
              </a>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
