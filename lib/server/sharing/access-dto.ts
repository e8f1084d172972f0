import type { DiagramAccessDto } from '../../api/share-dto';
import { roleAllows, type DiagramAccess } from '../auth/types';

/**
 * What the browser is told about the requester's access, so it shows only what
 * they may use. Display only: every route checks again on the server.
 */
export function toAccessDto(access: DiagramAccess): DiagramAccessDto {
  const via = access.principal.kind === 'share' ? 'link' : access.principal.kind === 'user' ? 'account' : 'local';
  const canEdit = roleAllows(access.role, 'edit');
  return {
    role: access.role,
    actorName: access.actorName,
    via,
    canComment: roleAllows(access.role, 'comment'),
    canEdit,
    canManage: roleAllows(access.role, 'manage'),
    canShare: canEdit && via !== 'link',
  };
}
