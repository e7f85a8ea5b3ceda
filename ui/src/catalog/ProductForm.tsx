import { useTranslation } from "react-i18next";
import { type CatalogView_Serialize, commands, type ProductView } from "../bindings";
import { decimalText } from "../people";
import { FieldError } from "../shell/FieldError";
import { CatalogEditor } from "./CatalogEditor";
import {
  draftFromProduct,
  emptyProductDraft,
  type ProductDraft,
  type ProductErrorPlace,
  productErrorPlace,
  productInput,
} from "./catalogDraft";
import { useEntryEditor } from "./useEntryEditor";

type ProductFormProps = {
  /** The stored product (latest version seen), or null for a new one. */
  product: ProductView | null;
  catalog: CatalogView_Serialize;
  onCreated: (id: number, name: string) => void;
  onClose: () => void;
};

export function ProductForm({ product, catalog, onCreated, onClose }: ProductFormProps) {
  const { t } = useTranslation();
  const { draft, edit, error, place, at, invalid, editorProps } = useEntryEditor({
    stored: product,
    empty: emptyProductDraft,
    fromStored: draftFromProduct,
    toInput: productInput,
    placeOf: productErrorPlace,
    create: commands.catalogProductCreate,
    update: commands.catalogProductUpdate,
    onCreated: (id, input) => onCreated(id, input.name.trim()),
  });
  const categoriesId = "catalog-categories";
  const is = (...ats: ProductErrorPlace["at"][]) => (p: ProductErrorPlace) => ats.includes(p.at);
  const specs = (p: ProductErrorPlace) => p.at === "spec" || p.at === "specs";
  const specError = (key: string) => (place?.at === "spec" && place.key === key.trim().toLowerCase() ? error : null);

  function editSpec(i: number, change: Partial<ProductDraft["specs"][number]>) {
    edit({ specs: draft.specs.map((row, j) => (j === i ? { ...row, ...change } : row)) }, specs);
  }

  return (
    <CatalogEditor
      entry="product"
      stored={product}
      title={product ? t("resources.edit", { name: product.name }) : t("catalog.newProduct")}
      sub={
        product?.archived
          ? t("catalog.productArchivedHint")
          : t("catalog.productHint")
      }
      formError={at("form")}
      archiveError={at("archived")}
      {...editorProps}
      onClose={onClose}
    >
      <div className="catalog-form__row">
        <label className="cat-field cat-field--code">
          <span className="cat-field__label">{t("catalog.sku")}</span>
          <input
            className="field field--mono"
            name="sku"
            value={draft.sku}
            placeholder={t("catalog.skuPlaceholder")}
            aria-invalid={invalid("sku")}
            onChange={(e) => edit({ sku: e.target.value }, is("sku"))}
          />
          <FieldError error={at("sku")} />
        </label>
        <label className="cat-field cat-field--grow">
          <span className="cat-field__label">{t("catalog.name")}</span>
          <input
            className="field"
            name="name"
            value={draft.name}
            placeholder={t("catalog.productNamePlaceholder")}
            aria-invalid={invalid("name")}
            onChange={(e) => edit({ name: e.target.value }, is("name"))}
          />
          <FieldError error={at("name")} />
        </label>
      </div>

      <div className="catalog-form__row">
        <label className="cat-field cat-field--grow">
          <span className="cat-field__label">{t("catalog.category")}</span>
          <input
            className="field"
            name="category"
            list={categoriesId}
            value={draft.category}
            placeholder={t("catalog.categoryPlaceholder")}
            aria-invalid={invalid("category")}
            onChange={(e) => edit({ category: e.target.value }, is("category"))}
          />
          <datalist id={categoriesId}>
            {catalog.categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <FieldError error={at("category")} />
        </label>
        <label className="cat-field cat-field--money">
          <span className="cat-field__label">{t("catalog.unitPriceIn", { currency: catalog.currency })}</span>
          <input
            className="field field--num"
            name="unitPrice"
            value={draft.unitPrice}
            placeholder={decimalText(0, 2)}
            inputMode="decimal"
            aria-invalid={invalid("unitPrice")}
            onChange={(e) => edit({ unitPrice: e.target.value }, is("unitPrice"))}
          />
          <FieldError error={at("unitPrice")} />
        </label>
      </div>

      <fieldset className="cat-field">
        <legend className="cat-field__label">{t("catalog.specs")}</legend>
        <ul className="catalog-specs">
          {draft.specs.map((row, i) => {
            const rowError = specError(row.key);
            return (
              <li key={i} className="catalog-specs__row" data-spec-row={i}>
                <input
                  className="field field--mono"
                  name="specKey"
                  aria-label={t("catalog.specName", { n: i + 1 })}
                  placeholder={t("catalog.specNamePlaceholder")}
                  value={row.key}
                  aria-invalid={rowError ? true : undefined}
                  onChange={(e) => editSpec(i, { key: e.target.value })}
                />
                <input
                  className="field"
                  name="specValue"
                  aria-label={t("catalog.specValue", { n: i + 1 })}
                  placeholder={t("catalog.specValuePlaceholder")}
                  value={row.value}
                  aria-invalid={rowError ? true : undefined}
                  onChange={(e) => editSpec(i, { value: e.target.value })}
                />
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t("catalog.removeSpec", { spec: row.key || i + 1 })}
                  onClick={() => edit({ specs: draft.specs.filter((_, j) => j !== i) }, specs)}
                >
                  {t("catalog.remove")}
                </button>
                <FieldError error={rowError} className="refusal catalog-specs__error" />
              </li>
            );
          })}
        </ul>
        <div>
          <button
            type="button"
            className="button button--small"
            data-action="add-spec"
            onClick={() => edit({ specs: [...draft.specs, { key: "", value: "" }] }, specs)}
          >
            {t("catalog.addSpec")}
          </button>
        </div>
        <FieldError error={at("specs")} />
      </fieldset>
    </CatalogEditor>
  );
}
