from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_upload_metadata import FileUploadMetadata
    from ..models.image_input import ImageInput
    from ..models.model_config import ModelConfig


T = TypeVar("T", bound="StartThreadRequest")


@_attrs_define
class StartThreadRequest:
    """Request model for async chat endpoint.

    Attributes:
        organization_id (str):
        query (str | Unset):  Default: ''.
        thread_id (None | str | Unset):
        llm_config (ModelConfig | Unset): Configuration for model selection and reasoning effort.
        user_timezone (None | str | Unset):
        images (list[ImageInput] | None | Unset):
        file_uploads (list[FileUploadMetadata] | None | Unset):
        force_architecture (str | Unset):
        source (str | Unset):
        idempotency_key (str | Unset):
    """

    organization_id: str
    query: str | Unset = ""
    thread_id: None | str | Unset = UNSET
    llm_config: ModelConfig | Unset = UNSET
    user_timezone: None | str | Unset = UNSET
    images: list[ImageInput] | None | Unset = UNSET
    file_uploads: list[FileUploadMetadata] | None | Unset = UNSET
    force_architecture: str | Unset = UNSET
    source: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        query = self.query

        thread_id: None | str | Unset
        if isinstance(self.thread_id, Unset):
            thread_id = UNSET
        else:
            thread_id = self.thread_id

        llm_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.llm_config, Unset):
            llm_config = self.llm_config.to_dict()

        user_timezone: None | str | Unset
        if isinstance(self.user_timezone, Unset):
            user_timezone = UNSET
        else:
            user_timezone = self.user_timezone

        images: list[dict[str, Any]] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = []
            for images_type_0_item_data in self.images:
                images_type_0_item = images_type_0_item_data.to_dict()
                images.append(images_type_0_item)

        else:
            images = self.images

        file_uploads: list[dict[str, Any]] | None | Unset
        if isinstance(self.file_uploads, Unset):
            file_uploads = UNSET
        elif isinstance(self.file_uploads, list):
            file_uploads = []
            for file_uploads_type_0_item_data in self.file_uploads:
                file_uploads_type_0_item = file_uploads_type_0_item_data.to_dict()
                file_uploads.append(file_uploads_type_0_item)

        else:
            file_uploads = self.file_uploads

        force_architecture = self.force_architecture

        source = self.source

        idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if llm_config is not UNSET:
            field_dict["llm_config"] = llm_config
        if user_timezone is not UNSET:
            field_dict["user_timezone"] = user_timezone
        if images is not UNSET:
            field_dict["images"] = images
        if file_uploads is not UNSET:
            field_dict["file_uploads"] = file_uploads
        if force_architecture is not UNSET:
            field_dict["force_architecture"] = force_architecture
        if source is not UNSET:
            field_dict["source"] = source
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_upload_metadata import FileUploadMetadata  # noqa: PLC0415
        from ..models.image_input import ImageInput  # noqa: PLC0415
        from ..models.model_config import ModelConfig  # noqa: PLC0415

        d = dict(src_dict)
        organization_id = d.pop("organization_id")
        if not isinstance(organization_id, str):
            raise TypeError(
                f"organization_id: expected a string, got {type(organization_id).__name__}"
            )

        query = d.pop("query", UNSET)
        if not isinstance(query, Unset):
            if not isinstance(query, str):
                raise TypeError(f"query: expected a string, got {type(query).__name__}")

        _thread_id = d.pop("thread_id", UNSET)
        thread_id: None | str | Unset
        if _thread_id is None or _thread_id is UNSET:
            thread_id = _thread_id
        else:
            if not isinstance(_thread_id, str):
                raise TypeError(
                    f"thread_id: expected a string, got {type(_thread_id).__name__}"
                )
            thread_id = _thread_id

        _llm_config = d.pop("llm_config", UNSET)
        llm_config: ModelConfig | Unset
        if isinstance(_llm_config, Unset):
            llm_config = UNSET
        else:
            llm_config = ModelConfig.from_dict(_llm_config)

        _user_timezone = d.pop("user_timezone", UNSET)
        user_timezone: None | str | Unset
        if _user_timezone is None or _user_timezone is UNSET:
            user_timezone = _user_timezone
        else:
            if not isinstance(_user_timezone, str):
                raise TypeError(
                    f"user_timezone: expected a string, got {type(_user_timezone).__name__}"
                )
            user_timezone = _user_timezone

        _images = d.pop("images", UNSET)
        images: list[ImageInput] | None | Unset
        if _images is None or _images is UNSET:
            images = _images
        else:
            if not isinstance(_images, list):
                raise TypeError(
                    "images" + ": unexpected type " + type(_images).__name__
                )
            images_type_0 = []
            _images_type_0 = _images
            if type(_images_type_0) is not list:
                raise TypeError(
                    f"images: expected an array, got {type(_images_type_0).__name__}"
                )
            for images_type_0_item_data in _images_type_0:
                images_type_0_item = ImageInput.from_dict(images_type_0_item_data)

                images_type_0.append(images_type_0_item)

            images = images_type_0

        _file_uploads = d.pop("file_uploads", UNSET)
        file_uploads: list[FileUploadMetadata] | None | Unset
        if _file_uploads is None or _file_uploads is UNSET:
            file_uploads = _file_uploads
        else:
            if not isinstance(_file_uploads, list):
                raise TypeError(
                    "file_uploads" + ": unexpected type " + type(_file_uploads).__name__
                )
            file_uploads_type_0 = []
            _file_uploads_type_0 = _file_uploads
            if type(_file_uploads_type_0) is not list:
                raise TypeError(
                    f"file_uploads: expected an array, got {type(_file_uploads_type_0).__name__}"
                )
            for file_uploads_type_0_item_data in _file_uploads_type_0:
                file_uploads_type_0_item = FileUploadMetadata.from_dict(
                    file_uploads_type_0_item_data
                )

                file_uploads_type_0.append(file_uploads_type_0_item)

            file_uploads = file_uploads_type_0

        force_architecture = d.pop("force_architecture", UNSET)
        if not isinstance(force_architecture, Unset):
            if not isinstance(force_architecture, str):
                raise TypeError(
                    f"force_architecture: expected a string, got {type(force_architecture).__name__}"
                )

        source = d.pop("source", UNSET)
        if not isinstance(source, Unset):
            if not isinstance(source, str):
                raise TypeError(
                    f"source: expected a string, got {type(source).__name__}"
                )

        idempotency_key = d.pop("idempotency_key", UNSET)
        if not isinstance(idempotency_key, Unset):
            if not isinstance(idempotency_key, str):
                raise TypeError(
                    f"idempotency_key: expected a string, got {type(idempotency_key).__name__}"
                )

        start_thread_request = cls(
            organization_id=organization_id,
            query=query,
            thread_id=thread_id,
            llm_config=llm_config,
            user_timezone=user_timezone,
            images=images,
            file_uploads=file_uploads,
            force_architecture=force_architecture,
            source=source,
            idempotency_key=idempotency_key,
        )

        start_thread_request.additional_properties = d
        return start_thread_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
