import { useCallback, useEffect, useRef, useState } from "react";
import type { TableInfo } from "../../app/ports";
import type { PaneActions } from "../paneActions";

/** The table picker's state: the tables found, the one picked, and the open file outside Office. */
export interface TablesState {
  /** `undefined` while the list is loading. */
  readonly tables: readonly TableInfo[] | undefined;
  readonly tableId: string | undefined;
  readonly pick: (tableId: string) => void;
  readonly refresh: () => Promise<void>;
  /** Adds the table around the selection (Excel) and picks it. */
  readonly takeSelection: () => Promise<void>;
  /** Outside Office: opens a file and lists its tables. */
  readonly openFile: (file: File) => Promise<void>;
  readonly opening: boolean;
  /** The open file's name, outside Office. */
  readonly fileName: string | undefined;
  readonly error: unknown;
  /** Goes up each time a file is opened or the list is refreshed, so previews are read again. */
  readonly revision: number;
}

/**
 * Lists the workbook's tables when the pane starts (and on request) and keeps the user's pick: the
 * picked table stays picked while it is still listed, otherwise the first table is picked.
 */
export function useTables(actions: PaneActions): TablesState {
  const [tables, setTables] = useState<readonly TableInfo[] | undefined>(undefined);
  const [tableId, setTableId] = useState<string | undefined>(undefined);
  const [opening, setOpening] = useState(false);
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [revision, setRevision] = useState(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const show = useCallback((list: readonly TableInfo[], pick?: string) => {
    if (!mounted.current) return;
    setTables(list);
    setRevision((r) => r + 1);
    setTableId((previous) => {
      const wanted = pick ?? previous;
      return wanted !== undefined && list.some((t) => t.id === wanted) ? wanted : list[0]?.id;
    });
  }, []);

  const refresh = useCallback(async () => {
    setError(undefined);
    try {
      show(await actions.listTables());
    } catch (e) {
      if (mounted.current) {
        setTables([]);
        setError(e);
      }
    }
  }, [actions, show]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const takeSelection = useCallback(async () => {
    if (!actions.tableAtSelection) return;
    setError(undefined);
    try {
      const found = await actions.tableAtSelection();
      if (!found) return;
      const listed = tables ?? [];
      show(listed.some((t) => t.id === found.id) ? listed : [...listed, found], found.id);
    } catch (e) {
      if (mounted.current) setError(e);
    }
  }, [actions, tables, show]);

  const openFile = useCallback(
    async (file: File) => {
      if (!actions.openFile) return;
      setError(undefined);
      setOpening(true);
      try {
        const opened = await actions.openFile(file);
        if (!mounted.current) return;
        setFileName(opened.name);
        setTableId(undefined);
        show(await actions.listTables());
      } catch (e) {
        if (mounted.current) setError(e);
      } finally {
        if (mounted.current) setOpening(false);
      }
    },
    [actions, show],
  );

  return { tables, tableId, pick: setTableId, refresh, takeSelection, openFile, opening, fileName, error, revision };
}
