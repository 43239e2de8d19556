import type { KycDocument } from '@dinie-embed/api';
import { useUploadDocument } from '@dinie-embed/react';
import { type ChangeEvent, type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { Button } from '../primitives/Button.tsx';
import { AlertIcon, CameraIcon, CheckIcon, CloseIcon, FileIcon, UploadIcon } from '../primitives/icons.tsx';
import { ProgressBar } from '../primitives/ProgressBar.tsx';
import { withClassName } from '../primitives/withClassName.ts';
import { useTheme } from '../theme/ThemeContext.ts';
import { useMediaQuery } from '../theme/useMediaQuery.ts';
import { ACCEPTED_TYPES, checkFile, type FileProblem, formatFileSize } from './checkFile.ts';
import { checkImage, type ImageProblem } from './checkImage.ts';

/** Props of {@link DocumentUpload}. */
export interface DocumentUploadProps {
  /** The customer the document belongs to. */
  customerId: string;
  /** The KYC item it answers: a `type` of the customer's `kyc` list (`ccmei`, `cnh`, `selfie`). */
  type: string;
  /** The document's name in words, used in labels ("CNH"). */
  label: string;
  /** Which camera a phone opens: `user` (front, the default for `selfie`) or `environment`. */
  capture?: 'user' | 'environment' | undefined;
  /** Whether to offer "take photo": `auto` (default) on touch screens only. */
  camera?: 'auto' | 'always' | 'never' | undefined;
  /** Called with the stored document after a successful upload. */
  onUploaded?: ((document: KycDocument) => void) | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/** Where the component stands, as its `data-state`. */
export type DocumentUploadState =
  | 'idle'
  | 'dragging'
  | 'invalid'
  | 'uploading'
  | 'success'
  | 'error'
  | 'cancelled';

/**
 * Uploads one KYC document: drag and drop, a file picker, and on phones the camera. Type (PDF,
 * JPEG, PNG) and size (10 MB) are checked before anything is sent, with a message naming the
 * file. While sending it shows a progress bar with its value in words and a cancel button; after
 * a failure, retry (the same upload, same idempotency key) or choose another file; after a
 * success, replace.
 */
export function DocumentUpload({
  customerId,
  type,
  label,
  capture = type === 'selfie' ? 'user' : 'environment',
  camera = 'auto',
  onUploaded,
  className,
}: DocumentUploadProps) {
  const { messages, locale } = useTheme();
  const copy = messages.upload;
  const upload = useUploadDocument();
  const id = useId();
  const coarse = useMediaQuery('(pointer: coarse)');
  const showCamera = camera === 'always' || (camera === 'auto' && coarse);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<{
    kind: FileProblem | ImageProblem | 'many';
    file: File | null;
  } | null>(null);
  const [checking, setChecking] = useState(false);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const retryRef = useRef<HTMLButtonElement>(null);
  const onUploadedRef = useRef(onUploaded);
  onUploadedRef.current = onUploaded;

  useEffect(() => {
    if (upload.status === 'success' && upload.document) onUploadedRef.current?.(upload.document);
  }, [upload.status, upload.document]);

  const choose = (files: FileList | readonly File[] | null) => {
    const list = files ? Array.from(files) : [];
    if (list.length === 0) return;
    if (list.length > 1) {
      setProblem({ kind: 'many', file: null });
      return;
    }
    const chosen = list[0] as File;
    const found = checkFile(chosen);
    if (found) {
      setProblem({ kind: found, file: chosen });
      return;
    }
    // A photo the review would refuse is caught here, in words; the borrower may still send it.
    setChecking(true);
    void checkImage(chosen)
      .catch(() => null)
      .then((unreadable) => {
        setChecking(false);
        if (unreadable) setProblem({ kind: unreadable, file: chosen });
        else send(chosen);
      });
  };

  const send = (chosen: File) => {
    setProblem(null);
    setFile(chosen);
    upload.upload({ customerId, type, file: chosen });
  };
  const imageProblem =
    problem?.file && (problem.kind === 'small' || problem.kind === 'dark' || problem.kind === 'blurry')
      ? { kind: problem.kind, file: problem.file }
      : null;
  const guide = copy.guidance[type];

  const onInput = (event: ChangeEvent<HTMLInputElement>) => {
    choose(event.currentTarget.files);
    // Choosing the same file again after an error must fire `change` again.
    event.currentTarget.value = '';
  };

  const dragProps = {
    onDragEnter: (event: DragEvent) => {
      event.preventDefault();
      dragDepth.current += 1;
      setDragging(true);
    },
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: () => {
      dragDepth.current = Math.max(0, dragDepth.current - 1);
      if (dragDepth.current === 0) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      dragDepth.current = 0;
      setDragging(false);
      choose(event.dataTransfer.files);
    },
  };

  const state: DocumentUploadState =
    upload.status !== 'idle' ? upload.status : problem ? 'invalid' : dragging ? 'dragging' : 'idle';
  const size = (bytes: number) => formatFileSize(bytes, locale, copy);
  const problemText = problem
    ? problem.kind === 'many' || problem.file === null
      ? copy.errors.many
      : problem.kind === 'size'
        ? copy.errors.size(problem.file.name, size(problem.file.size))
        : problem.kind === 'small' || problem.kind === 'dark' || problem.kind === 'blurry'
          ? copy.imageProblems[problem.kind](problem.file.name)
          : copy.errors[problem.kind](problem.file.name)
    : null;
  const percent = Math.round(upload.progress * 100);
  // Sending the same bytes again cannot fix a file the server refused for its size or type.
  const retryable = upload.reason !== 'too_large' && upload.reason !== 'unsupported_file';
  const picking = state === 'idle' || state === 'dragging' || state === 'invalid' || state === 'cancelled';
  const inputId = `${id}-file`;

  // Each state swaps out the control that had the focus (WCAG 2.4.3): move it to the next action,
  // unless the borrower has already moved on to something outside this component.
  const shownState = useRef(state);
  useEffect(() => {
    if (shownState.current === state) return;
    shownState.current = state;
    const active = document.activeElement;
    const lost = active === null || active === document.body || !active.isConnected;
    if (!lost && !rootRef.current?.contains(active)) return;
    const target =
      state === 'uploading'
        ? cancelRef
        : state === 'cancelled' || (state === 'error' && retryable)
          ? retryRef
          : state === 'success' || state === 'error'
            ? inputRef
            : null;
    target?.current?.focus();
  }, [state, retryable]);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const picker = (
    <div className="dinie-upload__pickers">
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        className="dinie-visually-hidden dinie-upload__input"
        accept={ACCEPTED_TYPES.join(',')}
        aria-describedby={problemText ? `${errorId} ${hintId}` : hintId}
        aria-invalid={problemText ? true : undefined}
        onChange={onInput}
      />
      <label htmlFor={inputId} className="dinie-button" data-variant="secondary">
        <UploadIcon />
        <span>
          {state === 'success' ? copy.replace : copy.chooseButton}
          <span className="dinie-visually-hidden"> {copy.inputLabel(label)}</span>
        </span>
      </label>
      {showCamera ? (
        <>
          <input
            id={`${id}-camera`}
            type="file"
            className="dinie-visually-hidden dinie-upload__input"
            accept="image/jpeg,image/png"
            capture={capture}
            onChange={onInput}
          />
          <label htmlFor={`${id}-camera`} className="dinie-button" data-variant="secondary">
            <CameraIcon />
            <span>
              {copy.takePhoto}
              <span className="dinie-visually-hidden"> {copy.cameraLabel(label)}</span>
            </span>
          </label>
        </>
      ) : null}
    </div>
  );

  return (
    <div
      ref={rootRef}
      className={withClassName('dinie-root dinie-upload', className)}
      data-state={state}
      aria-busy={checking || undefined}
    >
      {picking ? (
        <div className="dinie-upload__dropzone" {...dragProps}>
          <UploadIcon className="dinie-icon dinie-upload__glyph" />
          {/* Touch screens have no drag and drop to offer. */}
          {coarse && !dragging ? null : (
            <p className="dinie-upload__prompt">{dragging ? copy.dropHere : copy.dropzone}</p>
          )}
          {picker}
          <p id={hintId} className="dinie-upload__hint">
            {copy.accepted}
          </p>
          {guide ? (
            <div className="dinie-upload__guide">
              <p>{guide.framing}</p>
              {(['good', 'bad'] as const).map((kind) => (
                <p key={kind} className="dinie-upload__example" data-kind={kind}>
                  {kind === 'good' ? <CheckIcon /> : <CloseIcon />}
                  <span>
                    <strong>{kind === 'good' ? copy.guideGood : copy.guideBad}:</strong> {guide[kind]}
                  </span>
                </p>
              ))}
            </div>
          ) : null}
        </div>
      ) : (
        <div className="dinie-upload__file">
          <span className="dinie-upload__file-icon" data-state={state}>
            {state === 'success' ? <CheckIcon /> : state === 'error' ? <AlertIcon /> : <FileIcon />}
          </span>
          <div className="dinie-upload__file-body">
            <p className="dinie-upload__file-name">{file?.name}</p>
            <p className="dinie-upload__file-meta">
              {file ? size(file.size) : null}
              {state === 'uploading' ? ` · ${copy.progressValue(percent)}` : null}
              {state === 'success' ? ` · ${copy.sent}` : null}
            </p>
            {state === 'uploading' ? (
              <ProgressBar
                value={percent}
                label={copy.progressLabel}
                valueText={copy.progressValue(percent)}
              />
            ) : null}
          </div>
          <div className="dinie-upload__file-actions">
            {state === 'uploading' ? (
              <Button ref={cancelRef} variant="ghost" onClick={upload.cancel}>
                {copy.cancel}
              </Button>
            ) : null}
            {state === 'error' && retryable ? (
              <Button ref={retryRef} variant="primary" onClick={upload.retry}>
                {copy.retry}
              </Button>
            ) : null}
          </div>
          {state === 'success' || state === 'error' ? (
            <div className="dinie-upload__replace">
              {picker}
              <p id={hintId} className="dinie-upload__hint">
                {copy.accepted}
              </p>
            </div>
          ) : null}
        </div>
      )}

      {problemText ? (
        <p id={errorId} className="dinie-upload__error" role="alert">
          <AlertIcon />
          {problemText}
        </p>
      ) : null}
      {imageProblem ? (
        <div className="dinie-upload__note">
          <Button variant="ghost" onClick={() => send(imageProblem.file)}>
            {copy.sendAnyway}
          </Button>
        </div>
      ) : null}
      {state === 'error' ? (
        <div className="dinie-upload__error" role="alert">
          <AlertIcon />
          <span>
            {copy.failed(file?.name ?? label)} {messages.common.errors[upload.reason ?? 'unknown']}
          </span>
        </div>
      ) : null}
      <p className="dinie-visually-hidden" role="status">
        {state === 'uploading' && file
          ? copy.uploading(file.name)
          : state === 'success' && file
            ? copy.success(file.name)
            : state === 'cancelled'
              ? copy.cancelled
              : ''}
      </p>
      {state === 'cancelled' ? (
        <div className="dinie-upload__note">
          <p aria-hidden="true">{copy.cancelled}</p>
          <Button ref={retryRef} variant="ghost" onClick={upload.retry}>
            {copy.retry}
            <span className="dinie-visually-hidden"> {file?.name}</span>
          </Button>
        </div>
      ) : null}
    </div>
  );
}
