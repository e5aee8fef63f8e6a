import { Alert, Button, Col, Divider, Drawer, Form, Input, Row, Segmented, Select, Space } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isCityOf } from '../../../../shared/clients/regions';
import { isValidCreditCode } from '../../../../shared/clients/rules';
import {
  CLIENT_SOURCES,
  CLIENT_STATUSES,
  CLIENT_EDIT_FIELDS,
  VALUE_TIERS,
  type Client,
  type ClientSource,
  type ClientStatus,
  type ClientType,
  type ValueTier,
} from '../../../../shared/clients/types';
import { LIMITS } from '../../../../shared/contract/limits';
import { useFormSubmit } from '../../components/useFormSubmit';
import { usePermission } from '../../components/usePermission';
import { useClients } from '../../stores/clientsStore';
import { useLocale } from '../../stores/localeStore';
import { useSession } from '../../stores/sessionStore';
import { DuplicateWarning } from './DuplicateWarning';
import { industryOptions } from './labels';
import { cityOptions, provinceOptions, type RegionOption } from './regionOptions';
import { staffOption, useOwnerCandidates } from './owners';

interface Values {
  type: ClientType;
  name: string;
  creditCode?: string;
  industry?: string | null;
  province?: string | null;
  city?: string | null;
  address?: string;
  source: ClientSource;
  tier: ValueTier;
  status: ClientStatus;
  ownerId?: string | null;
  tags: string[];
  notes?: string;
}

const FIELDS = [...CLIENT_EDIT_FIELDS, 'status'];

const blank = (s: string | undefined | null) => (s && s.trim() ? s.trim() : null);

/** Create or edit a client file; `client` null means new. Saved files come back through `onClose`. */
export function ClientForm({
  open,
  client,
  onClose,
}: {
  open: boolean;
  client: Client | null;
  onClose: (saved?: Client) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale((s) => s.locale);
  const [form] = Form.useForm<Values>();
  const user = useSession((s) => s.user);
  const tags = useClients((s) => s.tags);
  const loadTags = useClients((s) => s.loadTags);
  const createClient = useClients((s) => s.createClient);
  const updateClient = useClients((s) => s.updateClient);
  const { candidates } = useOwnerCandidates();
  const { busy, submit } = useFormSubmit(form, FIELDS, (saved: Client) => onClose(saved));
  const type = Form.useWatch('type', form);
  const name = Form.useWatch('name', form);
  const creditCode = Form.useWatch('creditCode', form);
  const province = Form.useWatch('province', form);
  const city = Form.useWatch('city', form);
  const industry = Form.useWatch('industry', form);

  useEffect(() => {
    if (!open) return;
    void loadTags();
    form.resetFields();
    if (client)
      form.setFieldsValue({
        type: client.type,
        name: client.name,
        creditCode: client.creditCode ?? undefined,
        industry: client.industry,
        province: client.province,
        city: client.city,
        address: client.address ?? undefined,
        source: client.source,
        tier: client.tier,
        status: client.status,
        ownerId: client.ownerId,
        tags: client.tags,
        notes: client.notes ?? undefined,
      });
  }, [open, client, form, loadTags]);

  function onFinish(v: Values) {
    const input = {
      type: v.type,
      name: v.name.trim(),
      creditCode: v.type === 'enterprise' ? (blank(v.creditCode)?.toUpperCase() ?? null) : null,
      industry: v.industry ?? null,
      province: v.province ?? null,
      city: v.city ?? null,
      address: blank(v.address),
      source: v.source,
      tier: v.tier,
      ownerId: v.ownerId ?? null,
      tags: v.tags ?? [],
      notes: blank(v.notes),
    };
    return submit(() =>
      client
        ? updateClient({ id: client.id, version: client.version, ...input })
        : createClient({ ...input, status: v.status }),
    );
  }

  const required = { required: true, whitespace: true, message: t('validation:required') };
  const isStaff = user?.role === 'staff';
  // Main lets an edit change the owner only as a reassignment (managers, deputies); only the manager may
  // leave a file without an owner.
  const canReassign = usePermission('clients.reassign');
  const ownerLocked = isStaff || (client !== null && !canReassign);
  const mayUnassign = user?.role === 'manager';
  const ownerOptions = candidates.map(staffOption);
  // A file owned by someone outside the user's scope (or who has left) still shows its owner.
  if (client?.ownerId && !ownerOptions.some((o) => o.value === client.ownerId))
    ownerOptions.unshift({ value: client.ownerId, label: client.ownerName ?? '' });

  // The file's stored region stays choosable even when it is on no list; the city list follows the province.
  const provinces = provinceOptions(t, locale, client?.province);
  const cities = cityOptions(t, locale, province, province === client?.province ? client?.city : null);
  const isLegacy = (options: RegionOption[], value: string | null | undefined) =>
    options.some((o) => o.legacy && o.value === value);
  const legacyValues = [
    ...(isLegacy(provinces, province) ? [province!] : []),
    ...(isLegacy(cities, city) ? [city!] : []),
  ];
  // The chosen value shows as stored; the list marks it as not on the list.
  const regionLabelRender = ({ label, value }: { label?: ReactNode; value: string | number }) =>
    legacyValues.includes(String(value)) ? String(value) : label;

  /** A new province keeps the city only when the city belongs to it (or both are the file's own). */
  function onValuesChange(changed: Partial<Values>, all: Values) {
    if (!('province' in changed)) return;
    const stored = client && all.province === client.province && all.city === client.city;
    if (all.city && !stored && !isCityOf(all.province, all.city)) form.setFieldValue('city', null);
  }

  return (
    <Drawer
      open={open}
      size={680}
      title={t(client ? 'clients:form.edit' : 'clients:form.new')}
      onClose={() => onClose()}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={() => onClose()}>{t('common:cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="client-save">
            {t('common:save')}
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        name="client"
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        initialValues={{
          type: 'enterprise',
          source: 'other',
          tier: 'C',
          status: 'potential',
          ownerId: user?.staffId ?? null,
          tags: [],
        }}
        data-testid="client-form"
      >
        <DuplicateWarning
          exceptId={client?.id ?? null}
          name={name}
          creditCode={type === 'enterprise' ? creditCode : undefined}
          // Editing: only what the user changes is checked again.
          unchanged={client ? { name: client.name, creditCode: client.creditCode } : null}
          onOpen={() => onClose()}
        />
        <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
          {t('clients:form.sections.identity')}
        </Divider>
        <Form.Item name="type" label={t('clients:fields.type')}>
          <Segmented<ClientType>
            options={[
              { value: 'enterprise', label: t('clients:type.enterprise') },
              { value: 'individual', label: t('clients:type.individual') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={t('clients:fields.name')} rules={[required]}>
          <Input
            maxLength={LIMITS.shortText}
            placeholder={type === 'enterprise' ? t('clients:form.namePlaceholder') : undefined}
          />
        </Form.Item>
        {type === 'enterprise' && (
          <Form.Item
            name="creditCode"
            label={t('clients:fields.creditCode')}
            extra={t('clients:form.creditCodeHint')}
            normalize={(v: string) => v.toUpperCase()}
            validateTrigger="onBlur"
            rules={[
              {
                validator: (_r, v: string | undefined) =>
                  !v || !v.trim() || isValidCreditCode(v)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('validation:creditCode'))),
              },
            ]}
          >
            <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col span={7}>
            <Form.Item name="province" label={t('clients:fields.province')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('clients:form.provincePlaceholder')}
                options={provinces}
                status={isLegacy(provinces, province) ? 'warning' : undefined}
                labelRender={regionLabelRender}
                data-testid="client-province"
              />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="city" label={t('clients:fields.city')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                disabled={!province}
                placeholder={t(province ? 'clients:form.cityPlaceholder' : 'clients:form.cityNeedsProvince')}
                options={cities}
                status={isLegacy(cities, city) ? 'warning' : undefined}
                labelRender={regionLabelRender}
                data-testid="client-city"
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="address" label={t('clients:fields.address')}>
              <Input maxLength={LIMITS.shortText} placeholder={t('clients:form.addressPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        {legacyValues.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: -8, marginBottom: 16 }}
            title={t('clients:form.legacyRegionHint', {
              value: legacyValues.join(t('clients:listSeparator')),
            })}
            data-testid="legacy-region"
          />
        )}

        <Divider titlePlacement="start" plain>
          {t('clients:form.sections.classification')}
        </Divider>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="industry" label={t('clients:fields.industry')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={industryOptions(t, industry)}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="source" label={t('clients:fields.source')}>
              <Select options={CLIENT_SOURCES.map((s) => ({ value: s, label: t(`clients:source.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="tier" label={t('clients:fields.tier')} extra={t('clients:tierHint')}>
              <Segmented<ValueTier> options={VALUE_TIERS.map((v) => ({ value: v, label: v }))} />
            </Form.Item>
          </Col>
          {!client && (
            <Col span={12}>
              <Form.Item
                name="status"
                label={t('clients:fields.initialStatus')}
                extra={t('clients:form.initialStatusHint')}
              >
                <Select
                  options={CLIENT_STATUSES.map((s) => ({ value: s, label: t(`clients:status.${s}`) }))}
                />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Form.Item name="tags" label={t('clients:fields.tags')} extra={t('clients:form.tagsHint')}>
          <Select
            mode="tags"
            maxCount={20}
            placeholder={t('clients:form.tagsPlaceholder')}
            options={tags.map((tag) => ({ value: tag, label: tag }))}
            tokenSeparators={[',', '\uff0c']}
          />
        </Form.Item>

        <Divider titlePlacement="start" plain>
          {t('clients:form.sections.ownership')}
        </Divider>
        <Form.Item
          name="ownerId"
          label={t('clients:fields.owner')}
          extra={isStaff && !client ? t('clients:form.ownerHintStaff') : undefined}
        >
          <Select
            allowClear={mayUnassign}
            disabled={ownerLocked}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('clients:noOwner')}
            options={ownerOptions}
          />
        </Form.Item>
        <Form.Item name="notes" label={t('clients:fields.notes')}>
          <Input.TextArea rows={3} maxLength={LIMITS.longText} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
