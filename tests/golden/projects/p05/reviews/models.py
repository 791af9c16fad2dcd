from django.db import models


class Todo(models.Model):
    updated_at = models.FileField(upload_to='uploads/%Y/%m/')
    done = models.DecimalField(max_digits=10, decimal_places=0)
    is_public = models.PositiveIntegerField(default=0, null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = 'todo item'
