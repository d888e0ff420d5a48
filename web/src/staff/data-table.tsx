import type { ReactNode } from 'react';

/**
 * A table of figures (the numbers behind a chart, or a list): column headings in order, then the
 * rows, each opening with its `<th scope="row">`.
 * @example <DataTable columns={['Session', 'Total']}>{rows}</DataTable>
 */
export function DataTable(props: {
  columns: readonly ReactNode[];
  /** Read by screen readers only. */
  caption?: string;
  children: ReactNode;
}): ReactNode {
  return (
    <table className="data-table">
      {props.caption ? <caption className="visually-hidden">{props.caption}</caption> : null}
      <thead>
        <tr>
          {props.columns.map((column, index) => (
            <th scope="col" key={index}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
